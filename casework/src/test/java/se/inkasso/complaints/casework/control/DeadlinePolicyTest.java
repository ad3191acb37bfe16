package se.inkasso.complaints.casework.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.model.Deadlines;
import se.inkasso.complaints.domain.model.DueState;

/** D11, D12, D20: the clocks of a new case, counted in Swedish business days from received-at. */
class DeadlinePolicyTest {

    private static DeadlinePolicy policy(int acknowledgement, int response, int ceilingWeeks) {
        DeadlinePolicy policy = new DeadlinePolicy();
        policy.calendar = new BusinessCalendar();
        policy.acknowledgementDays = acknowledgement;
        policy.responseDays = response;
        policy.ceilingWeeks = ceilingWeeks;
        policy.approachingDays = 2;
        return policy;
    }

    @Test
    void countsAcrossEaster() {
        // Maundy Thursday 2026: Good Friday and Easter Monday do not count
        Deadlines deadlines = policy(1, 15, 8).startingAt(Instant.parse("2026-04-02T09:00:00Z"));
        assertThat(deadlines.acknowledgementDue()).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(deadlines.responseDue()).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(deadlines.responseCeiling()).isEqualTo(LocalDate.of(2026, 5, 28));
    }

    @Test
    void countsAcrossChristmasAndNewYear() {
        Deadlines deadlines = policy(1, 15, 8).startingAt(Instant.parse("2026-12-23T15:00:00Z"));
        assertThat(deadlines.acknowledgementDue()).isEqualTo(LocalDate.of(2026, 12, 28));
        // 28-30 Dec, 4-5 Jan, 7-8 Jan, 11-15 Jan, 18-20 Jan (31 Dec, 1 and 6 Jan do not count)
        assertThat(deadlines.responseDue()).isEqualTo(LocalDate.of(2027, 1, 20));
    }

    @Test
    void startsFromTheSwedishDateOfReceipt() {
        // 23:30 UTC on Friday 18 June 2026 is already Midsummer Eve in Stockholm
        Deadlines deadlines = policy(1, 15, 8).startingAt(Instant.parse("2026-06-18T23:30:00Z"));
        assertThat(deadlines.acknowledgementDue()).isEqualTo(LocalDate.of(2026, 6, 22));
    }

    @Test
    void followsConfiguration() {
        Deadlines deadlines = policy(2, 10, 6).startingAt(Instant.parse("2026-11-25T10:00:00Z"));
        assertThat(deadlines.acknowledgementDue()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(deadlines.responseDue()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(deadlines.responseCeiling()).isEqualTo(LocalDate.of(2027, 1, 6));
    }

    @Test
    void aDelayGivesAnotherPeriodButNeverPassesTheCeiling() {
        Deadlines deadlines = new Deadlines(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 12, 25));
        assertThat(policy(1, 15, 8).delayedTarget(LocalDate.of(2026, 11, 23), deadlines))
                .isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(policy(1, 15, 8).delayedTarget(LocalDate.of(2026, 12, 10), deadlines))
                .isEqualTo(LocalDate.of(2026, 12, 25));
    }

    @Test
    void approachingMeansWithinTheLeadTimeAndNotYetPast() {
        DeadlinePolicy policy = policy(1, 15, 8);
        LocalDate friday = LocalDate.of(2026, 11, 27);
        assertThat(policy.isApproaching(friday, LocalDate.of(2026, 12, 1))).isTrue();
        assertThat(policy.isApproaching(friday, LocalDate.of(2026, 12, 2))).isFalse();
        assertThat(policy.isApproaching(friday, LocalDate.of(2026, 11, 26))).isFalse();
        assertThat(policy.approachingBy(friday)).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    /** One lead time for the badges and the announcements: a badge never says on track while an alert says due soon. */
    @Test
    void aTargetIsDueSoonWithinTheLeadTimeAndOverdueTheDayAfter() {
        DeadlinePolicy policy = policy(1, 15, 8);
        LocalDate target = LocalDate.of(2026, 4, 27); // a Monday after Easter
        assertThat(policy.dueState(target, LocalDate.of(2026, 4, 20))).isEqualTo(DueState.ON_TRACK);
        assertThat(policy.dueState(target, LocalDate.of(2026, 4, 23))).isEqualTo(DueState.DUE_SOON);
        assertThat(policy.isApproaching(LocalDate.of(2026, 4, 23), target)).isTrue();
        assertThat(policy.dueState(target, target)).isEqualTo(DueState.DUE_SOON);
        assertThat(policy.dueState(target, target.plusDays(1))).isEqualTo(DueState.OVERDUE);
    }
}

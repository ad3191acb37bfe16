package se.inkasso.complaints.casework.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import se.inkasso.complaints.domain.StateConflictException;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.identity.OcrReference;
import se.inkasso.complaints.domain.identity.Personnummer;
import se.inkasso.complaints.domain.model.CaseAction;
import se.inkasso.complaints.domain.model.CaseRequest;
import se.inkasso.complaints.domain.model.CaseStatus;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.domain.model.Claim;
import se.inkasso.complaints.domain.model.ComplaintCategory;
import se.inkasso.complaints.domain.model.Creditor;
import se.inkasso.complaints.domain.model.Deadlines;
import se.inkasso.complaints.domain.model.Debtor;
import se.inkasso.complaints.domain.model.Decision;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.ReviewOutcome;
import se.inkasso.complaints.domain.model.TimelineStep;
import se.inkasso.complaints.domain.money.Money;

/** D16: a review is asked for after the answer, or once the ceiling has passed without one; one at a time. */
class CaseEscalationTest {

    private static final LocalDate CEILING = LocalDate.of(2026, 5, 27);

    static Case complaint() {
        Debtor debtor = new Debtor(Personnummer.parse("19850312-1231"), "Sara Lindqvist", null, Language.SV);
        Claim claim = new Claim("F-1", new Creditor("Borgenär AB", "556000-0001"), debtor, Money.sek("1000"),
                Money.sek("0"), Money.sek("0"), OcrReference.withLengthDigit("1234"), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 1, 15));
        CaseRequest request = new CaseRequest(CaseType.COMPLAINT, Channel.PORTAL, ComplaintCategory.SERVICE, null,
                null, "Ingen svarade.", null, Language.SV, Instant.parse("2026-04-01T08:00:00Z"));
        return new Case(CaseReference.of(CaseType.COMPLAINT, 2026, 1), "contact", request, debtor, claim,
                new Deadlines(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 23), CEILING), "2026-1", "COMPLAINT-SV",
                "debtor", Instant.parse("2026-04-01T08:00:01Z"));
    }

    static Instant on(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(BusinessCalendar.ZONE).toInstant();
    }

    @Test
    void notBeforeTheAnswerWhileTheCeilingHolds() {
        Case open = complaint();
        assertThatThrownBy(() -> open.escalate("Inget svar.", "debtor", on(CEILING)))
                .isInstanceOf(StateConflictException.class).hasFieldOrPropertyWithValue("key", "review.too-early");
        assertThat(open.status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(open.timeline()).extracting(TimelineEntry::step)
                .containsExactly(TimelineStep.CASE_RECEIVED, TimelineStep.CASE_REGISTERED);
    }

    @Test
    void afterTheAnswerAndOnlyOnceAtATime() {
        Case answered = complaint();
        answered.responded(Decision.REJECTED, "agent", on(LocalDate.of(2026, 4, 15)));
        answered.escalate("Jag håller inte med.", "debtor", on(LocalDate.of(2026, 4, 20)));
        assertThat(answered.status()).isEqualTo(CaseStatus.ESCALATED);
        assertThatThrownBy(() -> answered.escalate("Igen.", "debtor", on(LocalDate.of(2026, 4, 21))))
                .hasFieldOrPropertyWithValue("key", "review.open");
        answered.reviewed(ReviewOutcome.NOT_UPHELD, "officer", on(LocalDate.of(2026, 4, 28)));
        assertThat(answered.status()).as("answered again, can be closed").isEqualTo(CaseStatus.RESPONDED);
        assertThat(answered.timeline()).extracting(TimelineEntry::step, TimelineEntry::actor).endsWith(
                org.assertj.core.groups.Tuple.tuple(TimelineStep.RESPONSE_SENT, "agent"),
                org.assertj.core.groups.Tuple.tuple(TimelineStep.REVIEW_REQUESTED, "debtor"),
                org.assertj.core.groups.Tuple.tuple(TimelineStep.REVIEW_DECIDED, "officer"));
    }

    @Test
    void neverAgainAfterTheOfficersDecision() {
        Case reviewed = complaint();
        reviewed.responded(Decision.REJECTED, "agent", on(LocalDate.of(2026, 4, 15)));
        reviewed.escalate("Jag håller inte med.", "debtor", on(LocalDate.of(2026, 4, 20)));
        reviewed.reviewed(ReviewOutcome.NOT_UPHELD, "officer", on(LocalDate.of(2026, 4, 28)));
        LocalDate later = LocalDate.of(2026, 5, 4);
        assertThat(reviewed.allowedActions(later)).as("the decision is final: no form for it")
                .doesNotContain(CaseAction.REQUEST_REVIEW).contains(CaseAction.REFER, CaseAction.CLOSE);
        assertThatThrownBy(() -> reviewed.escalate("Fortfarande fel.", "debtor", on(later)))
                .isInstanceOf(StateConflictException.class).hasFieldOrPropertyWithValue("key", "review.final");
        assertThat(reviewed.status()).isEqualTo(CaseStatus.RESPONDED);
    }

    @Test
    void whenTheCeilingHasPassedUnanswered() {
        Case late = complaint();
        late.escalate("Inget svar på åtta veckor.", "debtor", on(CEILING.plusDays(1)));
        assertThat(late.status()).isEqualTo(CaseStatus.ESCALATED);
        assertThat(late.timeline().get(late.timeline().size() - 1).detail()).hasValue("Inget svar på åtta veckor.");
    }
}

package se.inkasso.complaints.casework.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.inkasso.complaints.casework.entity.CaseEscalationTest.complaint;
import static se.inkasso.complaints.casework.entity.CaseEscalationTest.on;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.inkasso.complaints.domain.StateConflictException;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.identity.OcrReference;
import se.inkasso.complaints.domain.identity.Personnummer;
import se.inkasso.complaints.domain.model.CaseAction;
import se.inkasso.complaints.domain.model.TimelineStep;
import se.inkasso.complaints.domain.model.CaseStatus;
import se.inkasso.complaints.domain.model.CaseRequest;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.domain.model.Claim;
import se.inkasso.complaints.domain.model.CorrectiveAction;
import se.inkasso.complaints.domain.model.Creditor;
import se.inkasso.complaints.domain.model.Deadlines;
import se.inkasso.complaints.domain.model.Debtor;
import se.inkasso.complaints.domain.model.Decision;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.ObjectionGrounds;
import se.inkasso.complaints.domain.model.ObjectionOutcome;
import se.inkasso.complaints.domain.model.ReviewOutcome;
import se.inkasso.complaints.domain.money.Money;

/** What a case's state allows, as the pages and the API offer it; each transition refuses the rest by the same rules. */
class CaseActionsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 8);

    private static Case objection() {
        Debtor debtor = new Debtor(Personnummer.parse("19850312-1231"), "Sara Lindqvist", null, Language.SV);
        Claim claim = new Claim("F-2", new Creditor("Borgenär AB", "556000-0001"), debtor, Money.sek("1000"),
                Money.sek("0"), Money.sek("0"), OcrReference.withLengthDigit("4321"), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 1, 15));
        CaseRequest request = new CaseRequest(CaseType.OBJECTION, Channel.PHONE, null, ObjectionGrounds.ALREADY_PAID,
                null, "Jag har redan betalat.", null, Language.SV, Instant.parse("2026-04-01T08:00:00Z"));
        return new Case(CaseReference.of(CaseType.OBJECTION, 2026, 2), "contact-2", request, debtor, claim,
                new Deadlines(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 23), LocalDate.of(2026, 5, 27)),
                "2026-1", "OBJECTION-SV", "agent", Instant.parse("2026-04-01T08:00:01Z"));
    }

    @Test
    void aNewComplaintWaitsForItsAnswerAndMayBeWithdrawnMeanwhile() {
        assertThat(complaint().allowedActions(DAY)).containsExactlyInAnyOrder(CaseAction.RESPOND,
                CaseAction.RECLASSIFY, CaseAction.WITHDRAW);
    }

    @Test
    void aWithdrawnCaseEndsWithItsHistoryAndAllowsNothingMore() {
        Case complaint = complaint();
        complaint.withdraw("Jag har fått svar på annat sätt.", "debtor", on(DAY));
        assertThat(complaint.status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(complaint.status().isOpen()).isFalse();
        assertThat(complaint.allowedActions(DAY)).isEmpty();
        assertThat(complaint.timeline()).extracting(TimelineEntry::step).endsWith(TimelineStep.CASE_WITHDRAWN);
        assertThatThrownBy(() -> complaint.withdraw(null, "debtor", on(DAY))).isInstanceOf(StateConflictException.class)
                .hasFieldOrPropertyWithValue("key", "withdrawal.state");
        assertThatThrownBy(() -> complaint.responded(Decision.UPHELD, "agent", on(DAY)))
                .as("nobody answers a withdrawn case").isInstanceOf(StateConflictException.class);

        Case answered = complaint();
        answered.responded(Decision.REJECTED, "agent", on(DAY));
        assertThatThrownBy(() -> answered.withdraw(null, "debtor", on(DAY)))
                .as("D26: only while it waits for its answer").isInstanceOf(StateConflictException.class);
    }

    @Test
    void anObjectionIsAssessedThenWaitsForTheCreditor() {
        Case objection = objection();
        assertThat(objection.allowedActions(DAY)).contains(CaseAction.ASSESS_OBJECTION)
                .doesNotContain(CaseAction.RECORD_OUTCOME);
        objection.assess(true, "Kvitto bifogat.", LocalDate.of(2026, 4, 22), "agent", on(DAY));
        assertThat(objection.allowedActions(DAY)).contains(CaseAction.RECORD_OUTCOME)
                .doesNotContain(CaseAction.ASSESS_OBJECTION, CaseAction.CLOSE);
        objection.recordOutcome(ObjectionOutcome.WITHDRAWN, "Borgenären återkallar.", "agent", on(DAY));
        assertThat(objection.allowedActions(DAY)).as("answered, still open until closed").containsExactlyInAnyOrder(
                CaseAction.CLOSE, CaseAction.REQUEST_REVIEW, CaseAction.REFER, CaseAction.RECLASSIFY);
    }

    @Test
    void anAnsweredCaseIsClosedOrReviewedAndAClosedOneFollowedUp() {
        Case complaint = complaint();
        complaint.responded(Decision.REJECTED, "agent", on(DAY));
        assertThat(complaint.allowedActions(DAY)).containsExactlyInAnyOrder(CaseAction.CLOSE,
                CaseAction.REQUEST_REVIEW, CaseAction.REFER, CaseAction.RECLASSIFY);
        complaint.escalate("Jag håller inte med.", "debtor", on(DAY));
        assertThat(complaint.allowedActions(DAY)).as("under review: no second review, no closing")
                .containsExactlyInAnyOrder(CaseAction.REFER, CaseAction.RECLASSIFY);
        complaint.reviewed(ReviewOutcome.NOT_UPHELD, "officer", on(DAY.plusDays(5)));
        complaint.close("INSUFFICIENT_INFORMATION", new CorrectiveAction("Tydligare brev.", "teamlead", null, false),
                "agent", on(DAY.plusDays(6)));
        assertThat(complaint.allowedActions(DAY)).contains(CaseAction.COMPLETE_CORRECTIVE_ACTION)
                .doesNotContain(CaseAction.CLOSE, CaseAction.RESPOND, CaseAction.RECLASSIFY);
        complaint.completeCorrectiveAction("teamlead", on(DAY.plusDays(20)));
        assertThat(complaint.allowedActions(DAY)).doesNotContain(CaseAction.COMPLETE_CORRECTIVE_ACTION);
    }

    @Test
    void anUnansweredCaseMayBeReviewedOnlyOnceItsCeilingHasPassed() {
        Case late = complaint();
        assertThat(late.allowedActions(late.deadlines().responseCeiling())).doesNotContain(CaseAction.REQUEST_REVIEW);
        assertThat(late.allowedActions(late.deadlines().responseCeiling().plusDays(1)))
                .contains(CaseAction.REQUEST_REVIEW);
    }

    /** What is not offered is refused by the transition itself, so the API cannot do what the page hides. */
    @Test
    void whatIsNotAllowedIsRefused() {
        Case complaint = complaint();
        complaint.responded(Decision.REJECTED, "agent", on(DAY));
        complaint.escalate("Jag håller inte med.", "debtor", on(DAY));
        assertThatThrownBy(() -> complaint.responded(Decision.UPHELD, "agent", on(DAY)))
                .as("no second answer during the review").isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> complaint.close("INSUFFICIENT_INFORMATION", null, "agent", on(DAY)))
                .isInstanceOf(StateConflictException.class);
        complaint.reviewed(ReviewOutcome.UPHELD, "officer", on(DAY));
        complaint.close("INSUFFICIENT_INFORMATION", new CorrectiveAction("Tydligare brev.", null, null, false), "agent",
                on(DAY));
        complaint.completeCorrectiveAction("teamlead", on(DAY));
        assertThatThrownBy(() -> complaint.completeCorrectiveAction("teamlead", on(DAY)))
                .as("done once").isInstanceOf(StateConflictException.class);

        Case objection = objection();
        objection.assess(true, "Kvitto bifogat.", LocalDate.of(2026, 4, 22), "agent", on(DAY));
        objection.recordOutcome(ObjectionOutcome.MAINTAINED, "Borgenären står fast.", "agent", on(DAY));
        objection.close("INSUFFICIENT_INFORMATION", null, "agent", on(DAY));
        assertThat(objection.allowedActions(DAY)).as("closed: only the debtor's routes onward remain")
                .containsExactlyInAnyOrder(CaseAction.REQUEST_REVIEW, CaseAction.REFER);
        assertThatThrownBy(() -> objection.assess(false, "Igen.", null, "agent", on(DAY)))
                .isInstanceOf(StateConflictException.class);
    }
}

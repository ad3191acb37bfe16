package se.inkasso.complaints.casework.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.inkasso.complaints.casework.entity.CaseEscalationTest.complaint;
import static se.inkasso.complaints.casework.entity.CaseEscalationTest.on;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.inkasso.complaints.domain.StateConflictException;
import se.inkasso.complaints.domain.model.CaseStatus;
import se.inkasso.complaints.domain.model.CorrectiveAction;
import se.inkasso.complaints.domain.model.DeadlineKind;
import se.inkasso.complaints.domain.model.Decision;
import se.inkasso.complaints.domain.model.ObjectionOutcome;
import se.inkasso.complaints.domain.model.TimelineStep;

/** D4: every step of a case is on its timeline, recorded by the transition itself, with who and when. */
class CaseHistoryTest {

    @Test
    void eachTransitionRecordsItsStepWithTheActorAndTheTime() {
        Case complaint = complaint();
        Instant assigned = on(LocalDate.of(2026, 4, 2));
        complaint.assignTo("agent", "teamlead", assigned);
        complaint.responded(Decision.UPHELD, "agent", on(LocalDate.of(2026, 4, 10)));
        complaint.close("INSUFFICIENT_INFORMATION", new CorrectiveAction("Svara inom en vecka.", "teamlead",
                LocalDate.of(2026, 5, 1), false), "agent", on(LocalDate.of(2026, 4, 11)));
        complaint.completeCorrectiveAction("teamlead", on(LocalDate.of(2026, 4, 30)));

        assertThat(complaint.timeline()).extracting(TimelineEntry::step).containsExactly(
                TimelineStep.CASE_RECEIVED, TimelineStep.CASE_REGISTERED, TimelineStep.CASE_ASSIGNED,
                TimelineStep.RESPONSE_SENT, TimelineStep.CASE_CLOSED, TimelineStep.CORRECTIVE_ACTION_DONE);
        TimelineEntry assignment = complaint.timeline().get(2);
        assertThat(assignment.actor()).isEqualTo("teamlead");
        assertThat(assignment.at()).isEqualTo(assigned);
        assertThat(assignment.detail()).hasValue("agent");
        assertThat(assignment.step().visibleToDebtor()).as("internal steps stay internal").isFalse();
        assertThat(complaint.timeline().get(4).detail()).as("the root cause").hasValue("INSUFFICIENT_INFORMATION");
    }

    @Test
    void aRefusedTransitionRecordsNothing() {
        Case complaint = complaint();
        int steps = complaint.timeline().size();
        assertThatThrownBy(() -> complaint.close("INSUFFICIENT_INFORMATION", null, "agent", on(LocalDate.of(2026, 4, 3))))
                .isInstanceOf(StateConflictException.class);
        assertThat(complaint.timeline()).hasSize(steps);
    }

    @Test
    void theHandlerAComplaintIsAboutGivesItBack() {
        Case complaint = complaint();
        complaint.assignTo("erik", "teamlead", on(LocalDate.of(2026, 4, 2)));
        complaint.recordSubjectStaff("erik", "teamlead", on(LocalDate.of(2026, 4, 3)));
        assertThat(complaint.handler()).isEmpty();
        assertThat(complaint.timeline()).extracting(TimelineEntry::step)
                .endsWith(TimelineStep.CASE_SUBJECT_STAFF, TimelineStep.CASE_UNASSIGNED);
    }

    @Test
    void aCaseResolvedDuringTheCallSaysWhatWasAgreed() {
        Case complaint = complaint();
        complaint.resolveOnContact("Förklarade avbetalningsplanen.", "agent", on(LocalDate.of(2026, 4, 1)));
        assertThat(complaint.status()).isEqualTo(CaseStatus.RESOLVED_ON_CONTACT);
        assertThat(complaint.timeline().get(complaint.timeline().size() - 1).detail())
                .hasValue("Förklarade avbetalningsplanen.");
    }

    @Test
    void everyStepIsStoredByACodeThatNamesItBack() {
        List<TimelineStep> steps = Arrays.asList(TimelineStep.values());
        assertThat(steps).allSatisfy(step -> assertThat(TimelineStep.ofCode(step.code())).isEqualTo(step));
        assertThat(steps).extracting(TimelineStep::code).doesNotHaveDuplicates();
        assertThat(Arrays.stream(ObjectionOutcome.values()).map(TimelineStep::outcome)).doesNotContainNull();
        assertThat(Arrays.stream(DeadlineKind.values()).map(TimelineStep::breached)).doesNotContainNull();
    }
}

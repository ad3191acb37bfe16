package se.inkasso.complaints.escalation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.inkasso.complaints.domain.NotPermittedException;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.casefile.CaseFacts;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.CaseStatus;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Deadlines;
import se.inkasso.complaints.domain.model.Language;

/** D16, D13: the review's own clock, and an officer who had no part in the case. */
class ReviewPolicyTest {

    private final ReviewPolicy policy = policy();

    private static ReviewPolicy policy() {
        ReviewPolicy policy = new ReviewPolicy();
        policy.calendar = new BusinessCalendar();
        policy.reviewDays = 10;
        return policy;
    }

    private static CaseFacts complaint(String handler, String subjectStaff) {
        return new CaseFacts(7, CaseReference.of(CaseType.COMPLAINT, 2026, 7), CaseType.COMPLAINT,
                CaseStatus.RESPONDED, 3, Language.SV, "F-1", "Borgenär AB", Instant.parse("2026-04-01T08:00:00Z"),
                new Deadlines(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 23), LocalDate.of(2026, 5, 27)),
                Optional.empty(), Optional.ofNullable(handler), Optional.ofNullable(subjectStaff));
    }

    @Test
    void theReviewIsDueTenBusinessDaysAfterTheRequest() {
        // Maundy Thursday 2026: Good Friday and Easter Monday do not count
        assertThat(policy.due(LocalDate.of(2026, 4, 2))).isEqualTo(LocalDate.of(2026, 4, 20));
    }

    @Test
    void anOfficerWithNoPartInTheCaseMayDecide() {
        assertThatCode(() -> policy.requireIndependent(complaint("anna", "erik"), "karin", List.of("anna"),
                List.of("anna", "erik")))
                .doesNotThrowAnyException();
    }

    @Test
    void notTheHandlerNorThePersonItIsAboutNorAnyoneWhoTookPartInIt() {
        assertThatThrownBy(() -> policy.requireIndependent(complaint("karin", null), "karin", List.of(), List.of()))
                .isInstanceOf(NotPermittedException.class).hasFieldOrPropertyWithValue("key", "review.officer-handler");
        assertThatThrownBy(() -> policy.requireIndependent(complaint("anna", "karin"), "karin", List.of(), List.of()))
                .hasFieldOrPropertyWithValue("key", "review.officer-subject");
        assertThatThrownBy(() -> policy.requireIndependent(complaint("anna", null), "karin", List.of("anna", "karin"),
                List.of()))
                .hasFieldOrPropertyWithValue("key", "review.officer-responder");
        assertThatThrownBy(() -> policy.requireIndependent(complaint("anna", null), "karin", List.of("anna"),
                List.of("anna", "karin")))
                .as("a note or an assessment is a part in the case too")
                .hasFieldOrPropertyWithValue("key", "review.officer-participant");
    }
}

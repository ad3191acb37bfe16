package se.inkasso.complaints.intake.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import se.inkasso.complaints.domain.FieldError;
import se.inkasso.complaints.domain.InvalidFieldsException;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.ComplaintCategory;
import se.inkasso.complaints.domain.model.ObjectionGrounds;

/** D1: complaint, objection, or both from one contact. */
class ClassificationTest {

    @Test
    void takesTheChosenType() {
        assertThat(Classification.of(Set.of(CaseType.COMPLAINT), null, null)).containsExactly(CaseType.COMPLAINT);
        assertThat(Classification.of(Set.of(CaseType.OBJECTION), null, ObjectionGrounds.NOT_OWED))
                .containsExactly(CaseType.OBJECTION);
    }

    @Test
    void groundsAgainstTheClaimMakeAnObjectionWhateverTheFormSaid() {
        assertThat(Classification.of(Set.of(CaseType.COMPLAINT), ComplaintCategory.SERVICE,
                ObjectionGrounds.ALREADY_PAID)).containsExactly(CaseType.COMPLAINT, CaseType.OBJECTION);
    }

    @Test
    void aComplaintCategoryOnAnObjectionMakesItBoth() {
        assertThat(Classification.of(Set.of(CaseType.OBJECTION), ComplaintCategory.CONDUCT,
                ObjectionGrounds.WRONG_AMOUNT)).containsExactly(CaseType.COMPLAINT, CaseType.OBJECTION);
    }

    @Test
    void infersTheTypeFromCategoryOrGroundsWhenNoneWasChosen() {
        assertThat(Classification.of(Set.of(), ComplaintCategory.CONDUCT, null)).containsExactly(CaseType.COMPLAINT);
        assertThat(Classification.of(Set.of(), null, ObjectionGrounds.FEES_NOT_DUE)).containsExactly(CaseType.OBJECTION);
    }

    @Test
    void bothChosenNeedsGroundsForTheObjection() {
        assertThatThrownBy(() -> Classification.of(Set.of(CaseType.COMPLAINT, CaseType.OBJECTION),
                ComplaintCategory.SERVICE, null))
                .isInstanceOf(InvalidFieldsException.class)
                .satisfies(e -> assertThat(((InvalidFieldsException) e).errors()).extracting(FieldError::field)
                        .containsExactly("grounds"));
    }

    @Test
    void nothingChosenIsRefusedWithTheFieldToFillIn() {
        assertThatThrownBy(() -> Classification.of(Set.of(), null, null))
                .isInstanceOf(InvalidFieldsException.class)
                .hasMessageContaining("type: Choose whether this is a complaint");
    }
}

package se.inkasso.complaints.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.model.CaseType;

class CaseReferenceTest {

    @Test
    void hasADistinctPrefixPerCaseType() {
        assertThat(CaseReference.of(CaseType.COMPLAINT, 2026, 42).value()).isEqualTo("KL-2026-000042");
        assertThat(CaseReference.of(CaseType.OBJECTION, 2026, 43).value()).isEqualTo("BE-2026-000043");
    }

    @Test
    void acceptsWhatPeopleTypeInLowerCase() {
        assertThat(new CaseReference(" kl-2026-000042 ").value()).isEqualTo("KL-2026-000042");
    }

    @Test
    void rejectsAnythingElseWithAnExample() {
        assertThatThrownBy(() -> new CaseReference("19811218-9876"))
                .isInstanceOf(DomainException.class).hasMessageContaining("KL-2026-000123");
    }
}

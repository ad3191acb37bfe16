package se.inkasso.complaints.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.inkasso.complaints.domain.DomainException;

/** D22: payment references with a Luhn check digit last, optionally a length digit before it. */
class OcrReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"1234566", "12345674", "4603457898", "18"})
    void acceptsReferencesWithAValidCheckDigit(String value) {
        assertThat(new OcrReference(value).value()).isEqualTo(value);
    }

    @Test
    void ignoresSpacesPeopleType() {
        assertThat(new OcrReference(" 1234 566 ").value()).isEqualTo("1234566");
    }

    @Test
    void rejectsAWrongCheckDigit() {
        assertThatThrownBy(() -> new OcrReference("1234567"))
                .isInstanceOf(DomainException.class).hasMessageContaining("check digit");
    }

    @Test
    void rejectsLettersAndBadLengths() {
        assertThatThrownBy(() -> new OcrReference("12A4")).hasMessageContaining("digits only");
        assertThatThrownBy(() -> new OcrReference("0")).hasMessageContaining("2 to 25 digits");
        assertThatThrownBy(() -> new OcrReference("1".repeat(26))).hasMessageContaining("2 to 25 digits");
        assertThatThrownBy(() -> new OcrReference(null)).hasMessageContaining("Enter the payment reference");
    }

    @Test
    void generatesReferencesWithLengthAndCheckDigit() {
        OcrReference reference = OcrReference.withLengthDigit("1000042");
        assertThat(reference.value()).hasSize(9).startsWith("10000429");
        assertThat(reference.hasValidLengthDigit()).isTrue();
        assertThat(new OcrReference("1234566").hasValidLengthDigit()).isFalse();
    }
}

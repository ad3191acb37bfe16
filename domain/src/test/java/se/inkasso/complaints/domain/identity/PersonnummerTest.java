package se.inkasso.complaints.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.inkasso.complaints.domain.DomainException;

/** D21: personnummer in 10 and 12 digits, '+', samordningsnummer, Luhn check digit, masking. */
class PersonnummerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "19811218-9876, 198112189876",
        "198112189876, 198112189876",
        "811218-9876, 198112189876",
        "8112189876, 198112189876",
        "20081218-9876, 200812189876",
        // '+' marks a person aged 100 or more: same digits, a century earlier
        "121212+1212, 191212121212",
        "121212-1212, 201212121212",
        // samordningsnummer: day of birth + 60
        "701063-2391, 197010632391"
    })
    void parsesAndStoresWithCentury(String input, String stored) {
        assertThat(Personnummer.parse(input, TODAY).digits()).isEqualTo(stored);
    }

    @Test
    void recognisesSamordningsnummer() {
        Personnummer number = Personnummer.parse("701063-2391", TODAY);
        assertThat(number.isCoordinationNumber()).isTrue();
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1970, 10, 3));
        assertThat(Personnummer.parse("811218-9876", TODAY).isCoordinationNumber()).isFalse();
    }

    @Test
    void isShownMaskedToEveryoneButTheDebtor() {
        Personnummer number = Personnummer.parse("8112189876", TODAY);
        assertThat(number.masked()).isEqualTo("19811218-****");
        assertThat(number.toString()).isEqualTo("19811218-****");
        assertThat(number.formatted()).isEqualTo("19811218-9876");
    }

    @Test
    void rejectsAWrongCheckDigitSayingSo() {
        assertThatThrownBy(() -> Personnummer.parse("811218-9875", TODAY))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("check digit")
                .satisfies(e -> assertThat(((DomainException) e).message(Locale.forLanguageTag("sv")))
                        .contains("kontrollsiffran"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"81121-9876", "1981121898761", "abcdef-ghij", "811218/9876", "19811218--9876"})
    void rejectsWrongLengthOrCharactersSayingWhatIsExpected(String input) {
        assertThatThrownBy(() -> Personnummer.parse(input, TODAY))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("10 or 12 digits");
    }

    @Test
    void rejectsADateThatDoesNotExist() {
        // 1981-02-30 with a correct Luhn digit for its ten digits
        String digits = "810230" + "123";
        String withCheck = digits + Luhn.checkDigit(digits);
        assertThatThrownBy(() -> Personnummer.parse(withCheck, TODAY))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("date of birth does not exist");
    }

    @Test
    void rejectsABirthDateInTheFuture() {
        Personnummer future = Personnummer.of(LocalDate.of(2030, 1, 1), 123);
        assertThatThrownBy(() -> Personnummer.parse(future.digits(), TODAY))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("future");
    }

    @Test
    void rejectsMissingInput() {
        assertThatThrownBy(() -> Personnummer.parse("  ", TODAY)).hasMessage("Enter a personnummer.");
    }

    @Test
    void buildsValidNumbersForDemoData() {
        Personnummer built = Personnummer.of(LocalDate.of(1990, 5, 17), 42);
        assertThat(Personnummer.parse(built.digits(), TODAY)).isEqualTo(built);
        assertThat(built.birthDate()).isEqualTo(LocalDate.of(1990, 5, 17));
    }
}

package se.inkasso.complaints.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.Validation;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.inkasso.complaints.domain.FieldError;
import se.inkasso.complaints.domain.InvalidFieldsException;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Decision;
import se.inkasso.complaints.domain.model.ObjectionOutcome;
import se.inkasso.complaints.domain.money.Money;
import se.inkasso.complaints.web.api.command.AssessObjection;
import se.inkasso.complaints.web.api.command.Assign;
import se.inkasso.complaints.web.api.command.Close;
import se.inkasso.complaints.web.api.command.DraftResponse;
import se.inkasso.complaints.web.api.command.Reassign;
import se.inkasso.complaints.web.api.command.RecordOutcome;
import se.inkasso.complaints.web.api.command.RegisterCall;

/** A command is read whole or refused naming every field to correct, each in the reader's language. */
class RequestReaderTest {

    private final RequestReader reader = new RequestReader(
            Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void readsACommandWithItsAmountsDatesAndChoices() {
        RecordOutcome outcome = reader.read(json("""
                {"outcome": "adjusted", "adjustedAmount": "1250,50", "refundFees": true, "note": " Rättad. "}"""),
                RecordOutcome.class);
        assertThat(outcome.outcome()).isEqualTo(ObjectionOutcome.ADJUSTED);
        assertThat(outcome.adjustedAmount()).isEqualTo(Money.sek("1250.50"));
        assertThat(outcome.refundFees()).isTrue();
        assertThat(outcome.note()).isEqualTo("Rättad.");
        assertThat(outcome.disputedAmount()).isNull();

        Close close = reader.read(json("""
                {"rootCause": "INSUFFICIENT_INFORMATION", "correctiveAction": "Ny mall.",
                 "correctiveActionDue": "2027-01-15"}"""), Close.class);
        assertThat(close.corrective().due()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(reader.read(json("{\"outcome\": \"PARTIAL\", \"disputedAmount\": 400}"), RecordOutcome.class)
                .disputedAmount()).as("an amount as a JSON number").isEqualTo(Money.sek("400"));
    }

    @Test
    void readsAPhoneCallWithItsMomentAndKind() {
        RegisterCall call = reader.read(json("""
                {"debtorPersonnummer": "19800101-0019", "type": "both", "claimReference": "K-1",
                 "category": "SERVICE", "grounds": "ALREADY_PAID", "description": "Betald.",
                 "receivedAt": "2026-03-02T09:15:00+01:00", "resolvedOnContact": true}"""), RegisterCall.class);
        assertThat(call.types()).containsExactlyInAnyOrder(CaseType.COMPLAINT, CaseType.OBJECTION);
        assertThat(call.receivedAt()).isEqualTo(Instant.parse("2026-03-02T08:15:00Z"));
        assertThat(call.agreedResolution()).as("resolved, with no note written").isEmpty();
        assertThat(reader.read(json("""
                {"debtorPersonnummer": "19800101-0019", "claimReference": "K-1", "description": "x",
                 "receivedAt": "2026-03-02"}"""), RegisterCall.class).receivedAt())
                .as("a day alone is its start in Sweden").isEqualTo(Instant.parse("2026-03-01T23:00:00Z"));
    }

    @Test
    void aPhoneCallIsCheckedAsAWhole() {
        assertThatThrownBy(() -> reader.read(json("""
                {"channel": "PORTAL", "debtorPersonnummer": "19800101-0018", "claimReference": "K-1",
                 "description": "x", "resolutionNote": "Avgiften stryks.", "receivedAt": "igår"}"""),
                RegisterCall.class))
                .isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(invalid.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("channel", "debtorPersonnummer",
                                "resolutionNote", "receivedAt"));
    }

    @Test
    void namesEveryWrongFieldAtOnce() {
        assertThatThrownBy(() -> reader.read(json("""
                {"outcome": "FORGOTTEN", "adjustedAmount": "1E+400000", "refundFees": "yes",
                 "note": "%s", "colour": "blue"}""".formatted("x".repeat(2001))), RecordOutcome.class))
                .isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(invalid.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("colour", "outcome", "adjustedAmount", "refundFees", "note"));
    }

    @Test
    void requiredFieldsAreNamedInTheReadersLanguage() {
        InvalidFieldsException invalid = (InvalidFieldsException) org.assertj.core.api.Assertions
                .catchThrowable(() -> reader.read(json("{}"), AssessObjection.class));
        assertThat(invalid.errors()).extracting(error -> error.message(Locale.ENGLISH))
                .containsExactlyInAnyOrder("Fill in reason.", "Fill in substantive.");
        assertThat(invalid.errors()).extracting(error -> error.message(Locale.forLanguageTag("sv")))
                .contains("Fyll i reason.");
    }

    @Test
    void limitsAreStatedWithTheirNumbers() {
        InvalidFieldsException invalid = (InvalidFieldsException) org.assertj.core.api.Assertions
                .catchThrowable(() -> reader.read(json("""
                        {"substantive": false, "reason": "%s"}""".formatted("x".repeat(2001))),
                        AssessObjection.class));
        assertThat(invalid.errors()).singleElement()
                .satisfies(error -> assertThat(error.message(Locale.ENGLISH)).contains("2,000"));
    }

    @Test
    void fieldsThatDependOnEachOtherAreCheckedTogether() {
        assertThatThrownBy(() -> reader.read(json("{}"), Assign.class))
                .isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(invalid.errors())
                        .extracting(FieldError::field).containsExactly("handler"));
        assertThat(reader.read(json("{\"automatic\": true}"), Assign.class).automatic()).isTrue();
        assertThatThrownBy(() -> reader.read(json("{\"rootCause\": \"X\", \"correctiveActionOwner\": \"lars\"}"),
                Close.class)).isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(
                        invalid.errors()).extracting(FieldError::field).containsExactly("correctiveAction"));
    }

    @Test
    void listsAndTheirSize() {
        assertThat(reader.read(json("{\"handler\": \"anna\", \"references\": [\"KL-2026-000001\"]}"), Reassign.class)
                .references()).isEqualTo(List.of("KL-2026-000001"));
        assertThatThrownBy(() -> reader.read(json("{\"handler\": \"anna\", \"references\": []}"), Reassign.class))
                .isInstanceOf(InvalidFieldsException.class);
        assertThatThrownBy(() -> reader.read(json("{\"handler\": \"anna\", \"references\": \"KL-1\"}"), Reassign.class))
                .isInstanceOf(InvalidFieldsException.class);
    }

    @Test
    void aResponseStatesWhatIsFreeAndTheRoutesOnwardUnlessToldNot() {
        DraftResponse draft = reader.read(json("{\"decision\": \"REJECTED\"}"), DraftResponse.class);
        assertThat(draft.decision()).isEqualTo(Decision.REJECTED);
        assertThat(draft.freeOfChargeStated()).isTrue();
        assertThat(reader.read(json("{\"decision\": \"REJECTED\", \"statesOnwardRoutes\": false}"),
                DraftResponse.class).onwardRoutesStated()).isFalse();
    }

    @Test
    void anAmountIsMoreThanZeroWhereverOneIsGiven() {
        for (String amount : List.of("0", "-1", "\"-0.01\"", "\"0,00\"")) {
            assertThatThrownBy(() -> reader.read(json("""
                    {"outcome": "ADJUSTED", "adjustedAmount": %s}""".formatted(amount)), RecordOutcome.class))
                    .as(amount).isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(
                            invalid.errors()).singleElement().satisfies(error -> {
                                assertThat(error.field()).isEqualTo("adjustedAmount");
                                assertThat(error.message(Locale.ENGLISH)).contains("more than 0");
                            }));
        }
        assertThatThrownBy(() -> reader.read(json("{\"decision\": \"UPHELD\", \"redressAmount\": \"١٢٣\"}"),
                DraftResponse.class)).as("digits of another script").isInstanceOf(InvalidFieldsException.class);
    }

    @Test
    void aValueThatIsNotOneIsEchoedOnlyInPart() {
        InvalidFieldsException invalid = (InvalidFieldsException) org.assertj.core.api.Assertions.catchThrowable(
                () -> reader.read(json("{\"outcome\": \"ADJUSTED\", \"adjustedAmount\": \"1E+400000%s\"}"
                        .formatted("0".repeat(100_000))), RecordOutcome.class));
        assertThat(invalid.errors()).singleElement()
                .satisfies(error -> assertThat(error.message(Locale.ENGLISH)).hasSizeLessThan(200).contains("1E+4"));
    }

    @Test
    void controlCharactersAreRefusedButLineBreaksAndTabsAreText() {
        for (String text : List.of("\\u0000", "Hej\\u001b[31m rött", "a\\u0008b", "\\u0085")) {
            assertThatThrownBy(() -> reader.read(json("""
                    {"substantive": false, "reason": "%s"}""".formatted(text)), AssessObjection.class))
                    .as(text).isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(
                            invalid.errors()).singleElement().satisfies(error -> {
                                assertThat(error.field()).isEqualTo("reason");
                                assertThat(error.message(Locale.forLanguageTag("sv"))).contains("styrtecken");
                            }));
        }
        assertThat(reader.read(json("{\"substantive\": false, \"reason\": \"Rad ett\\n\\tRad två\"}"),
                AssessObjection.class).reason()).isEqualTo("Rad ett\n\tRad två");
        assertThatThrownBy(() -> reader.read(json("{\"handler\": \"anna\", \"references\": [\"KL\\u0000\"]}"),
                Reassign.class)).as("in a list too").isInstanceOf(InvalidFieldsException.class);
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}

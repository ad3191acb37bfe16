package se.inkasso.complaints.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import se.inkasso.complaints.domain.FieldError;
import se.inkasso.complaints.domain.InvalidFieldsException;

/** A request body is one JSON object or a 400 naming the body; never a 500. */
class JsonBodiesTest {

    private final JsonBodies bodies = new JsonBodies();

    @Test
    void readsAnObjectAndTakesAnEmptyBodyAsOneWithoutFields() throws IOException {
        assertThat(read("{\"text\": \"Ringde.\"}").getString("text")).isEqualTo("Ringde.");
        assertThat(read(" \n")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "[]|body.not-object",
        "\"s\"|body.not-object",
        "null|body.not-object",
        "42|body.not-object",
        "{\"text\": |body.not-json",
        "{} {}|body.trailing",
        "\uFEFF{}|body.byte-order-mark",
        "{\"a\": [[[[[[[[[1]]]]]]]]]}|body.too-deep"
    })
    void refusesEverythingElseNamingTheBody(String body, String key) {
        assertThatThrownBy(() -> read(body)).isInstanceOfSatisfying(InvalidFieldsException.class,
                invalid -> assertThat(invalid.errors()).extracting(FieldError::field, FieldError::key)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("body", key)));
    }

    @Test
    void refusesNestingThatWouldExhaustTheStackAndBodiesOverTheLimit() {
        assertThatThrownBy(() -> read("{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}"))
                .isInstanceOf(InvalidFieldsException.class);
        assertThatThrownBy(() -> read("{\"text\": \"" + "x".repeat(JsonBodies.LARGEST_BYTES) + "\"}"))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        invalid -> assertThat(invalid.errors().get(0).key()).isEqualTo("body.too-large"));
    }

    private JsonObject read(String body) throws IOException {
        return bodies.readFrom(JsonObject.class, JsonObject.class, new java.lang.annotation.Annotation[0],
                jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE, null,
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}

package se.inkasso.complaints.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The check that holds real answers against the OpenAPI schemas finds what does not fit. */
class SchemaCheckTest {

    private static final JsonObject DOCUMENT = json("""
            {"components": {"schemas": {
              "Amount": {"type": "string", "pattern": "^[0-9]+\\\\.[0-9]{2}$"},
              "Heading": {"type": "object", "required": ["reference"],
                          "properties": {"reference": {"type": "string"}}},
              "File": {"allOf": [{"$ref": "#/components/schemas/Heading"},
                       {"type": "object", "required": ["version"], "properties": {
                         "version": {"type": "integer"},
                         "status": {"type": "string", "enum": ["OPEN", "CLOSED"]},
                         "amount": {"$ref": "#/components/schemas/Amount"},
                         "steps": {"type": "array", "items": {"type": "object", "additionalProperties": false,
                                   "properties": {"at": {"type": "string"}}}}}}]}}}}""");

    @Test
    void aFittingAnswerHasNoProblems() {
        assertThat(SchemaCheck.problems(DOCUMENT, "File", json("""
                {"reference": "K-1", "version": 3, "status": "OPEN", "amount": "12.50", "steps": [{"at": "x"}]}""")))
                .isEmpty();
    }

    @Test
    void namesEveryFieldThatDoesNotFit() {
        assertThat(SchemaCheck.problems(DOCUMENT, "File", json("""
                {"version": "3", "status": "LOST", "amount": "12.5", "steps": [{"at": "x", "by": "agent"}],
                 "colour": "blue"}""")))
                .containsExactlyInAnyOrder("$.reference is required but missing",
                        "$.version is not an integer: \"3\"",
                        "$.status is not one of [\"OPEN\",\"CLOSED\"]: \"LOST\"",
                        "$.amount does not match ^[0-9]+\\.[0-9]{2}$: \"12.5\"",
                        "$.steps[0].by is sent but not described", "$.colour is sent but not described");
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            return value.asJsonObject();
        }
    }
}

package se.inkasso.complaints.web.probe;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Request bodies that no command may accept, generated from the command's schema in /openapi:
 * not one object, a field the command does not know, a field of the wrong kind, a text one
 * character too long or holding a control character, an amount that is no amount or not more
 * than zero, nesting deeper than any command has. Each is wrong for a reason that does not depend
 * on the state of the case it is sent to.
 */
public final class BadBodies {

    private BadBodies() {
    }

    public static Arbitrary<String> against(JsonObject schema) {
        JsonObject properties = schema.getJsonObject("properties");
        List<Arbitrary<String>> kinds = new ArrayList<>(List.of(notAnObject(), unknownField(properties),
                tooDeep()));
        properties.forEach((name, property) -> kinds.add(wrongValue(name, property.asJsonObject())));
        return Arbitraries.oneOf(kinds);
    }

    private static Arbitrary<String> notAnObject() {
        return Arbitraries.oneOf(Arbitraries.of("[]", "null", "true", "\"s\"", "0", "{", "{}}", "{} []", "\uFEFF{}"),
                Arbitraries.strings().ofMaxLength(20).map(text -> Json.createValue(text).toString()),
                Arbitraries.integers().map(String::valueOf));
    }

    private static Arbitrary<String> unknownField(JsonObject properties) {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)
                .filter(name -> !properties.containsKey(name))
                .map(name -> object(name, Json.createValue("x")));
    }

    private static Arbitrary<String> tooDeep() {
        return Arbitraries.integers().between(9, 200)
                .map(depth -> "{\"a\": " + "[".repeat(depth) + "]".repeat(depth) + "}");
    }

    private static Arbitrary<String> wrongValue(String name, JsonObject property) {
        String type = property.getString("type", "string");
        List<Arbitrary<JsonValue>> values = new ArrayList<>(List.of(
                Arbitraries.of(JsonValue.EMPTY_JSON_OBJECT, JsonValue.EMPTY_JSON_ARRAY)));
        switch (type) {
            case "boolean" -> values.add(Arbitraries.of(Json.createValue("yes"), Json.createValue(1)));
            case "array" -> values.add(Arbitraries.of(Json.createValue("KL-1"), Json.createValue(7),
                    Json.createArrayBuilder().add(1).build()));
            default -> values.add(wrongText(property));
        }
        return Arbitraries.oneOf(values).map(value -> object(name, value));
    }

    private static Arbitrary<JsonValue> wrongText(JsonObject property) {
        List<Arbitrary<JsonValue>> values = new ArrayList<>(List.of(Arbitraries.of(JsonValue.TRUE,
                Json.createValue(12))));
        if (property.containsKey("enum")) {
            values.add(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10).map(String::toUpperCase)
                    .filter(choice -> property.getJsonArray("enum").stream()
                            .noneMatch(known -> known.toString().equals("\"" + choice + "\"")))
                    .map(Json::createValue));
        } else if (property.containsKey("pattern")) {
            values.add(Arbitraries.of("1E+400000", "1e3", "\u0661\u0662\u0663", "-5", "0", "0.00", "12.345",
                    "NaN", "1 000", "99999999999999", "--1").map(Json::createValue));
        } else if (property.containsKey("format")) {
            values.add(Arbitraries.of("ig\u00e5r", "2026-13-45", "1900-01-01T25:00:00Z", "").map(Json::createValue));
        } else {
            values.add(Arbitraries.chars().range('\u0000', '\u001f').filter(c -> c != '\n' && c != '\r' && c != '\t')
                    .map(c -> Json.createValue("Hej" + c + "d\u00e5")));
            values.add(Arbitraries.chars().range('\u007f', '\u009f').map(c -> Json.createValue("x" + c)));
        }
        if (property.containsKey("maxLength")) {
            int longest = property.getInt("maxLength");
            values.add(Arbitraries.integers().between(1, 50).map(over -> Json.createValue("x".repeat(longest + over))));
        }
        return Arbitraries.oneOf(values);
    }

    private static String object(String name, JsonValue value) {
        return Json.createObjectBuilder().add(name, value).build().toString();
    }
}

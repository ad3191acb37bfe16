package se.inkasso.complaints.web.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Holds a real JSON answer against a schema of the OpenAPI document: every field it sends is
 * described, every required one is sent, each of the described kind. Enough of JSON Schema for
 * the project's own schemas ($ref, allOf, objects, arrays, the plain types, enum); lists what does
 * not fit, by its place in the answer.
 */
final class SchemaCheck {

    private final JsonObject schemas;
    private final List<String> problems = new ArrayList<>();

    private SchemaCheck(JsonObject openApi) {
        this.schemas = openApi.getJsonObject("components").getJsonObject("schemas");
    }

    static List<String> problems(JsonObject openApi, String schema, JsonValue answer) {
        SchemaCheck check = new SchemaCheck(openApi);
        check.check("$", check.named(schema), answer);
        return check.problems;
    }

    private JsonObject named(String name) {
        JsonObject schema = schemas.getJsonObject(name);
        if (schema == null) {
            throw new IllegalArgumentException("No schema " + name);
        }
        return schema;
    }

    private JsonObject resolved(JsonObject schema) {
        return schema.containsKey("$ref")
                ? resolved(named(schema.getString("$ref").replace("#/components/schemas/", ""))) : schema;
    }

    private void check(String at, JsonObject given, JsonValue value) {
        JsonObject schema = resolved(given);
        if (schema.containsKey("allOf")) {
            checkObject(at, merged(schema.getJsonArray("allOf")), value);
            return;
        }
        String type = schema.getString("type", "");
        switch (type) {
            case "object" -> checkObject(at, schema, value);
            case "array" -> {
                if (!(value instanceof JsonArray array)) {
                    problems.add(at + " is not an array");
                    return;
                }
                for (int i = 0; i < array.size(); i++) {
                    check(at + "[" + i + "]", schema.getJsonObject("items"), array.get(i));
                }
            }
            case "string" -> {
                if (value.getValueType() != JsonValue.ValueType.STRING) {
                    problems.add(at + " is not a string: " + value);
                } else if (schema.containsKey("enum") && !schema.getJsonArray("enum").contains(value)) {
                    problems.add(at + " is not one of " + schema.getJsonArray("enum") + ": " + value);
                } else if (schema.containsKey("pattern")
                        && !((jakarta.json.JsonString) value).getString().matches(schema.getString("pattern"))) {
                    problems.add(at + " does not match " + schema.getString("pattern") + ": " + value);
                }
            }
            case "integer" -> {
                if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                    problems.add(at + " is not an integer: " + value);
                }
            }
            case "number" -> {
                if (!(value instanceof JsonNumber)) {
                    problems.add(at + " is not a number: " + value);
                }
            }
            case "boolean" -> {
                if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                    problems.add(at + " is not true or false: " + value);
                }
            }
            default -> problems.add(at + ": the schema names no type");
        }
    }

    private void checkObject(String at, JsonObject schema, JsonValue value) {
        if (!(value instanceof JsonObject object)) {
            problems.add(at + " is not an object");
            return;
        }
        JsonObject properties = schema.getJsonObject("properties");
        if (schema.containsKey("required")) {
            schema.getJsonArray("required").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).filter(name -> !object.containsKey(name))
                    .forEach(name -> problems.add(at + "." + name + " is required but missing"));
        }
        object.forEach((name, field) -> {
            if (properties != null && properties.containsKey(name)) {
                check(at + "." + name, properties.getJsonObject(name), field);
            } else if (schema.get("additionalProperties") instanceof JsonObject any) {
                check(at + "." + name, any, field);
            } else {
                problems.add(at + "." + name + " is sent but not described");
            }
        });
    }

    /** The parts of an allOf as one object schema: their properties and required fields together. */
    private JsonObject merged(JsonArray parts) {
        Map<String, JsonValue> properties = new LinkedHashMap<>();
        Set<String> required = new HashSet<>();
        for (JsonValue part : parts) {
            JsonObject schema = resolved(part.asJsonObject());
            if (schema.containsKey("properties")) {
                properties.putAll(schema.getJsonObject("properties"));
            }
            if (schema.containsKey("required")) {
                schema.getJsonArray("required").getValuesAs(jakarta.json.JsonString.class)
                        .forEach(name -> required.add(name.getString()));
            }
        }
        return jakarta.json.Json.createObjectBuilder()
                .add("type", "object")
                .add("properties", jakarta.json.Json.createObjectBuilder(properties))
                .add("required", jakarta.json.Json.createArrayBuilder(required))
                .build();
    }
}

package se.inkasso.complaints.web.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import se.inkasso.complaints.domain.FieldError;
import se.inkasso.complaints.domain.InvalidFieldsException;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.money.Money;

/**
 * Reads the fields of a JSON request body and collects everything that is wrong with them, so a
 * 400 names every field to correct at once ({@link #done()}).
 */
final class JsonFields {

    private final JsonObject json;
    private final List<FieldError> errors = new ArrayList<>();

    JsonFields(JsonObject json) {
        this.json = json == null ? JsonValue.EMPTY_JSON_OBJECT : json;
    }

    /** A text field, stripped; null when absent or blank. */
    String text(String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString().isBlank() ? null : string.getString().strip();
        }
        errors.add(new FieldError(name, "field.text", name));
        return null;
    }

    String requiredText(String name) {
        boolean present = json.containsKey(name);
        String text = text(name);
        if (text == null && (!present || json.get(name) instanceof JsonString
                || json.get(name).getValueType() == JsonValue.ValueType.NULL)) {
            errors.add(new FieldError(name, "field.missing", name));
        }
        return text;
    }

    /** A list of texts; empty when absent. */
    List<String> texts(String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            errors.add(new FieldError(name, "field.missing", name));
            return List.of();
        }
        if (value instanceof jakarta.json.JsonArray array
                && array.stream().allMatch(item -> item instanceof JsonString)) {
            return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
        errors.add(new FieldError(name, "field.texts", name));
        return List.of();
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "field.choice", name, text, Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    /** A choice that must be given. */
    <E extends Enum<E>> E requiredChoice(String name, Class<E> type) {
        E value = choice(name, type);
        if (value == null && text(name) == null) {
            errors.add(new FieldError(name, "field.missing", name));
        }
        return value;
    }

    /** COMPLAINT, OBJECTION or BOTH (one contact carrying both, D1); empty when absent. */
    Set<CaseType> caseTypes(String name) {
        String text = text(name);
        if (text == null) {
            return Set.of();
        }
        if ("BOTH".equalsIgnoreCase(text)) {
            return EnumSet.allOf(CaseType.class);
        }
        try {
            return EnumSet.of(CaseType.valueOf(text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "field.choice", name, text, "COMPLAINT, OBJECTION, BOTH"));
            return Set.of();
        }
    }

    /** An amount in kronor, as a decimal string ("1250.00") or a JSON number, read by {@link Money#parse}. */
    Money money(String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String text = value instanceof JsonNumber number ? number.toString()
                : value instanceof JsonString string ? string.getString() : value.toString();
        try {
            return Money.parse(text);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "field.amount", name, text));
            return null;
        }
    }

    boolean flag(String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL
                || value.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        errors.add(new FieldError(name, "field.boolean", name));
        return false;
    }

    /** A true/false field that must be given. */
    boolean requiredFlag(String name) {
        if (!json.containsKey(name) || json.get(name).getValueType() == JsonValue.ValueType.NULL) {
            errors.add(new FieldError(name, "field.missing", name));
            return false;
        }
        return flag(name);
    }

    /** A date-time with offset, or a date (taken as the start of that day in Sweden). */
    Instant instant(String name) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(BusinessCalendar.ZONE).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            errors.add(new FieldError(name, "field.datetime", name, text));
            return null;
        }
    }

    void add(FieldError error) {
        errors.add(error);
    }

    /** Throws the 400 with every error found, if any. */
    void done() {
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }
}

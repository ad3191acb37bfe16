package se.inkasso.complaints.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import se.inkasso.complaints.domain.FieldError;
import se.inkasso.complaints.domain.InvalidFieldsException;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.money.Money;
import se.inkasso.complaints.web.api.command.CrossChecked;

/**
 * Reads a JSON request body into its command record and checks it with Bean Validation, so that a
 * 400 names every field to correct at once, each in the caller's language. A field of the wrong
 * kind (text for a number, an unknown choice, an amount that is not one) is named beside those that
 * break a constraint; fields the command does not know are named too, so a misspelt field is not
 * silently ignored. Amounts go through {@link Money#parse}, the one money parser.
 */
@ApplicationScoped
public class RequestReader {

    private static final int SHOWN = 40;

    @Inject
    Validator validator;

    public RequestReader() {
    }

    RequestReader(Validator validator) {
        this.validator = validator;
    }

    /** @throws InvalidFieldsException naming every field that is missing, of the wrong kind or breaks a rule */
    public <R extends Record> R read(JsonObject body, Class<R> type) {
        JsonObject json = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        RecordComponent[] components = type.getRecordComponents();
        List<FieldError> errors = new ArrayList<>();
        List<String> known = Arrays.stream(components).map(RecordComponent::getName).toList();
        json.keySet().stream().filter(name -> !known.contains(name)).sorted()
                .forEach(name -> errors.add(new FieldError(name, "field.unknown", name, String.join(", ", known))));
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = value(json, components[i], errors);
        }
        R request = construct(type, components, values);
        // a field of the wrong kind is named once, for that, not again as missing
        List<String> wrongKind = errors.stream().map(FieldError::field).toList();
        validator.validate(request).stream()
                .filter(violation -> !wrongKind.contains(violation.getPropertyPath().toString()))
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .forEach(violation -> errors.add(error(violation)));
        if (request instanceof CrossChecked together) {
            errors.addAll(together.crossCheck());
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors.stream().distinct().toList());
        }
        return request;
    }

    private static Object value(JsonObject json, RecordComponent component, List<FieldError> errors) {
        String name = component.getName();
        Class<?> type = component.getType();
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return type == boolean.class ? Boolean.FALSE : type == List.class ? List.of() : null;
        }
        try {
            return convert(value, type, component.getGenericType());
        } catch (ControlCharacters control) {
            errors.add(new FieldError(name, "field.control-characters", name));
        } catch (IllegalArgumentException | DateTimeException | ClassCastException wrongKind) {
            errors.add(wrongKind(name, type, value));
        }
        return type == boolean.class ? Boolean.FALSE : type == List.class ? List.of() : null;
    }

    private static Object convert(JsonValue value, Class<?> type, Type generic) {
        if (type == String.class) {
            String text = text(value);
            return text.isEmpty() ? null : text;
        }
        if (type == boolean.class || type == Boolean.class) {
            if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
                return value.getValueType() == JsonValue.ValueType.TRUE;
            }
            throw new IllegalArgumentException("not true or false");
        }
        if (type == Money.class) {
            String text = value instanceof JsonNumber number ? number.toString() : ((JsonString) value).getString();
            return Money.parse(text);
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(((JsonString) value).getString().strip());
        }
        if (type == Instant.class) {
            // a day alone means its start in Sweden
            String text = ((JsonString) value).getString().strip();
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(BusinessCalendar.ZONE).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        }
        if (type.isEnum()) {
            return enumValue(type, ((JsonString) value).getString());
        }
        if (type == List.class && generic instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] == String.class) {
            return ((JsonArray) value).getValuesAs(JsonValue.class).stream().map(RequestReader::text).toList();
        }
        throw new IllegalStateException("A request record may not have a field of type " + type.getName());
    }

    /**
     * A text without control characters other than line breaks and tabs: a NUL, an ANSI escape or a
     * backspace shows nothing to a person reading the case and may do harm in a log or a terminal.
     */
    private static String text(JsonValue value) {
        String text = ((JsonString) value).getString().strip();
        if (text.codePoints().anyMatch(RequestReader::isControl)) {
            throw new ControlCharacters();
        }
        return text;
    }

    private static boolean isControl(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL && codePoint != '\n' && codePoint != '\r'
                && codePoint != '\t';
    }

    /** A text holding a control character: named as such, not as a text of the wrong kind. */
    private static final class ControlCharacters extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String text) {
        return Enum.valueOf((Class<? extends Enum>) type, text.strip().toUpperCase(Locale.ROOT));
    }

    private static FieldError wrongKind(String name, Class<?> type, JsonValue value) {
        // the value as written, without JSON's quotes (the messages quote it themselves), and never
        // more of it than a person needs to recognise it: an error does not echo a megabyte back
        String whole = value instanceof JsonString text ? text.getString() : value.toString();
        String written = whole.length() <= SHOWN ? whole : whole.substring(0, SHOWN) + "\u2026";
        if (type.isEnum()) {
            return new FieldError(name, "field.choice", name, written, Arrays.stream(type.getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", ")));
        }
        Map<Class<?>, String> keys = Map.of(String.class, "field.text", Boolean.class, "field.boolean",
                boolean.class, "field.boolean", Money.class, "field.amount", LocalDate.class, "field.date",
                Instant.class, "field.datetime",
                List.class, "field.texts");
        return new FieldError(name, keys.get(type), name, written);
    }

    private static FieldError error(ConstraintViolation<?> violation) {
        String field = violation.getPropertyPath().toString();
        String key = violation.getMessageTemplate().replaceAll("^\\{|}$", "");
        Map<String, Object> limits = violation.getConstraintDescriptor().getAttributes();
        List<Object> arguments = new ArrayList<>(List.of(field));
        for (String limit : List.of("min", "max", "value")) {
            if (limits.containsKey(limit)) {
                arguments.add(limits.get(limit));
            }
        }
        return new FieldError(field, key, arguments.toArray());
    }

    private static <R extends Record> R construct(Class<R> type, RecordComponent[] components, Object[] values) {
        try {
            Constructor<R> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make a " + type.getName(), e);
        }
    }
}

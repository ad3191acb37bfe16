package se.inkasso.complaints.web.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.inkasso.complaints.domain.FieldError;
import se.inkasso.complaints.domain.InvalidFieldsException;

/**
 * Collects what is wrong with a request's query parameters, so that a 400 names every one to
 * correct at once ({@link #done()}); request bodies are read by {@link RequestReader}.
 */
final class ParameterErrors {

    private final List<FieldError> errors = new ArrayList<>();

    /** One of an enum's names, in any case; null when not given. */
    <E extends Enum<E>> E choice(String name, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "field.choice", name, text, Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", "))));
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

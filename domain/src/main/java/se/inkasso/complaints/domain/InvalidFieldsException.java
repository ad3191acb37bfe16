package se.inkasso.complaints.domain;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Input that is missing or malformed, field by field, so that a person can correct all of it at
 * once. Thrown before anything is written.
 */
public class InvalidFieldsException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidFieldsException(List<FieldError> errors) {
        super(errors.stream().map(error -> error.field() + ": " + error.message(Locale.ENGLISH))
                .collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public InvalidFieldsException(String field, String key, Object... arguments) {
        this(List.of(new FieldError(field, key, arguments)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}

package se.inkasso.complaints.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** What is wrong with one input field, as a message key into the domain's messages bundle. */
public record FieldError(String field, String key, List<Object> arguments) {

    public FieldError(String field, String key, Object... arguments) {
        this(field, key, Collections.unmodifiableList(Arrays.asList(arguments.clone())));
    }

    public String message(Locale locale) {
        return DomainException.format(locale, key, arguments.toArray());
    }
}

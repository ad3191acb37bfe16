package se.inkasso.complaints.domain;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A rule of the domain refused an input or an action (the request was understood, but may not be
 * done as asked). It carries a message key into the
 * {@code messages} bundle of this package so the web layer can tell a person, in Swedish or
 * English, what is wrong and what to do; {@link #getMessage()} is the English text for logs.
 */
public class DomainException extends RuntimeException {

    private static final String BUNDLE = "se.inkasso.complaints.domain.messages";

    private final String key;
    private final transient List<Object> arguments;
    private final String field;

    public DomainException(String key, Object... arguments) {
        this(Optional.empty(), key, arguments);
    }

    private DomainException(Optional<String> field, String key, Object[] arguments) {
        super(format(Locale.ENGLISH, key, arguments));
        this.key = key;
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
        this.field = field.orElse(null);
    }

    /** A refusal caused by the value of one input field, which the caller can point at. */
    public static DomainException about(String field, String key, Object... arguments) {
        return new DomainException(Optional.of(field), key, arguments);
    }

    public String key() {
        return key;
    }

    public List<Object> arguments() {
        return arguments;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** The message in the given language; falls back to English for keys without a translation. */
    public String message(Locale locale) {
        return format(locale, key, arguments.toArray());
    }

    public static String format(Locale locale, String key, Object... arguments) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}

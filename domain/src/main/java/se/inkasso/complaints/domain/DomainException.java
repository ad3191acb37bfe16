package se.inkasso.complaints.domain;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A rule of the domain refused an input or an action. It carries a message key into the
 * {@code messages} bundle of this package so the web layer can tell a person, in Swedish or
 * English, what is wrong and what to do; {@link #getMessage()} is the English text for logs.
 */
public class DomainException extends RuntimeException {

    private static final String BUNDLE = "se.inkasso.complaints.domain.messages";

    private final String key;
    private final transient List<Object> arguments;

    public DomainException(String key, Object... arguments) {
        super(format(Locale.ENGLISH, key, arguments));
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public String key() {
        return key;
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

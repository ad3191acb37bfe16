package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ResourceBundle;

/** The pages' texts in the reader's language, for messages made in Java. */
@RequestScoped
public class Texts {

    @Inject
    LanguageSelection language;

    public String format(String key, Object... arguments) {
        return new java.text.MessageFormat(get(key), language.getLocale()).format(arguments);
    }

    public String get(String key) {
        return ResourceBundle.getBundle("se.inkasso.complaints.web.ui.messages", language.getLocale(),
                Texts.class.getClassLoader()).getString(key);
    }
}

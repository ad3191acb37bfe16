package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
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
        return bundle().getString(key);
    }

    /** A text that may not exist, such as the name of a step recorded by a newer version. */
    public Optional<String> find(String key) {
        ResourceBundle bundle = bundle();
        return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    }

    private ResourceBundle bundle() {
        return ResourceBundle.getBundle("se.inkasso.complaints.web.ui.messages", language.getLocale(),
                Texts.class.getClassLoader());
    }
}

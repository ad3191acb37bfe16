package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import se.inkasso.complaints.domain.model.Language;

/**
 * The language a person reads the pages in: from the browser's preference at first, then their
 * own choice for the rest of the session.
 */
@Named
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    private Language language;

    public Locale getLocale() {
        if (language == null) {
            Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            language = requested != null && "en".equals(requested.getLanguage()) ? Language.EN : Language.SV;
        }
        return language.locale();
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    /** Switches language and stays on the same page. */
    public void use(String code) {
        language = Language.fromCode(code);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(language.locale());
    }
}

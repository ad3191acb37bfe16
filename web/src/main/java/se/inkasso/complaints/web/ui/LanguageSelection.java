package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.web.security.Roles;

/**
 * The language a person reads the pages in: from the browser's preference at first, then their
 * own choice, which staff find again at their next login.
 */
@Named
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffPreferences preferences;

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

    /** Switches language and stays on the same page; a staff member's choice is remembered. */
    public void use(String code) {
        choose(code);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(language.locale());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.getRemoteUser() != null && !external.isUserInRole(Roles.DEBTOR)) {
            preferences.rememberLanguage(external.getRemoteUser(), language.code());
        }
    }

    void choose(String code) {
        language = Language.fromCode(code);
    }
}

package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.web.security.LocalPath;
import se.inkasso.complaints.web.security.ResponseHeaders;
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

    /**
     * Switches language and stays on the same page; a staff member's choice is remembered. A page
     * the browser keeps no copy of is opened again by its address, so that the back button finds
     * the pages before it rather than this form's answer; a page it keeps (the filing's steps)
     * stays as it is, with what was written on it.
     */
    public void use(String code) throws IOException {
        choose(code);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(language.locale());
        ExternalContext external = faces.getExternalContext();
        if (external.getRemoteUser() != null && !external.isUserInRole(Roles.DEBTOR)) {
            preferences.rememberLanguage(external.getRemoteUser(), language.code());
        }
        String viewId = faces.getViewRoot().getViewId();
        if (ResponseHeaders.isKeptNowhere(viewId)) {
            external.redirect(external.getRequestContextPath()
                    + LocalPath.pageSeen((HttpServletRequest) external.getRequest(), viewId));
            faces.responseComplete();
        }
    }

    void choose(String code) {
        language = Language.fromCode(code);
    }
}

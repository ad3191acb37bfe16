package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.inkasso.complaints.web.security.Roles;

/** The staff login page and logout. */
@Named
@RequestScoped
public class Login {

    @Inject
    SecurityContext security;

    @Inject
    Texts texts;

    @Inject
    StaffPreferences preferences;

    @Inject
    QueueFilters filters;

    @Inject
    LanguageSelection language;

    private static final String STAFF_HOME = "/staff/queue.xhtml";
    private static final String PORTAL_HOME = "/portal/my/index.xhtml";

    private String username;
    private String password;
    private String next;

    public String login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.strip(),
                                new Password(password == null ? "" : password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            boolean debtor = security.isCallerInRole(Roles.DEBTOR);
            if (!debtor) {
                preferences.restore(security.getCallerPrincipal().getName(), filters, language);
            }
            external.redirect(external.getRequestContextPath() + safeNext(debtor ? PORTAL_HOME : STAFF_HOME));
            faces.responseComplete();
            return null;
        }
        boolean debtor = username != null && username.strip().matches("[0-9+\\- ]+");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                texts.get(debtor ? "my.login.failed" : "login.failed"), null));
        return null;
    }

    public String logout() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        boolean debtor = external.isUserInRole(Roles.DEBTOR);
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return (debtor ? "/portal/login" : "/login") + "?faces-redirect=true&loggedOut=true";
    }

    /** Only a path inside this application: a login link can never send anyone elsewhere. */
    private String safeNext(String home) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                ? next : home;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}

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
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import se.inkasso.complaints.web.security.ApiAuthentication;
import se.inkasso.complaints.web.security.EIdentification;
import se.inkasso.complaints.web.security.EIdentificationServlet;
import se.inkasso.complaints.web.security.LocalPath;
import se.inkasso.complaints.web.security.Roles;

/** The login pages (staff, and the portal's demo login) and logout. */
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

    @Inject
    EIdentification eIdentification;

    private static final String STAFF_HOME = "/staff/queue.xhtml";
    private static final String PORTAL_HOME = "/portal/my/index.xhtml";

    private String username;
    private String password;
    private String next;

    public String login() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.strip(),
                                new Password(password == null ? "" : password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS && !hasPages()) {
            // an operations login reads the metrics over HTTP Basic; no page is for it
            ((HttpServletRequest) external.getRequest()).logout();
            external.invalidateSession();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, texts.get("login.no-pages"), null));
            return null;
        }
        if (status == AuthenticationStatus.SUCCESS) {
            boolean debtor = security.isCallerInRole(Roles.DEBTOR);
            if (!debtor) {
                preferences.restore(security.getCallerPrincipal().getName(), filters, language);
            }
            external.redirect(external.getRequestContextPath()
                    + LocalPath.orHome(next, debtor ? PORTAL_HOME : STAFF_HOME));
            faces.responseComplete();
            return null;
        }
        boolean debtor = username != null && username.strip().matches("[0-9+\\- ]+");
        Object tryAgainAt = external.getRequestMap().get(ApiAuthentication.TRY_AGAIN_AT);
        String refusal = tryAgainAt instanceof Instant at
                ? texts.format("login.wait", ApiAuthentication.tryAgainAtShown(at))
                : texts.get(debtor ? "my.login.failed" : "login.failed");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal, null));
        return null;
    }

    private boolean hasPages() {
        return Stream.of(Roles.AGENT, Roles.COMPLAINTS_OFFICER, Roles.TEAM_LEAD, Roles.ADMIN, Roles.DEBTOR)
                .anyMatch(security::isCallerInRole);
    }

    /** Ends the session here, and a debtor's e-identification login at the provider too. */
    public String logout() throws ServletException, IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        boolean debtor = external.isUserInRole(Roles.DEBTOR);
        Object idToken = external.getSessionMap().get(EIdentificationServlet.ID_TOKEN);
        request.logout();
        external.invalidateSession();
        String page = debtor ? "/portal/login" : "/login";
        if (idToken != null) {
            Optional<URI> provider = eIdentification.publicAddress(request.getRequestURL().toString(),
                    request.getRequestURI().substring(request.getContextPath().length()),
                    page + ".xhtml?loggedOut=true").flatMap(after -> eIdentification.logout(idToken.toString(), after));
            if (provider.isPresent()) {
                external.redirect(provider.get().toString());
                faces.responseComplete();
                return null;
            }
        }
        return page + "?faces-redirect=true&loggedOut=true";
    }

    /** Why a login with e-identification just failed ({@code ?eid=}, from EIdentificationServlet), or null. */
    public String getRefusal() {
        String said = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("eid");
        return Arrays.stream(EIdentification.Refusal.values()).filter(refusal -> refusal.name().equalsIgnoreCase(said))
                .findFirst().map(refusal -> texts.get("my.login.eid." + refusal.name().toLowerCase(Locale.ROOT)))
                .orElse(null);
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

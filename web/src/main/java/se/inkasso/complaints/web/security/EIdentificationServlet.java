package se.inkasso.complaints.web.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.inkasso.complaints.web.security.EIdentification.Identified;
import se.inkasso.complaints.web.security.EIdentification.Pending;
import se.inkasso.complaints.web.security.EIdentification.RefusedException;

/**
 * The two steps of a debtor's login with e-identification: {@code start} sends the browser to the
 * provider, {@code return} takes its answer, and a checked answer becomes a portal login through
 * the application's one authentication mechanism. Anything refused goes back to the portal's
 * login page, which says what happened and what to do.
 */
@WebServlet(urlPatterns = {EIdentificationServlet.START, EIdentificationServlet.RETURN})
public class EIdentificationServlet extends HttpServlet {

    static final String START = "/portal/eid/start";
    static final String RETURN = "/portal/eid/return";
    /** The provider's ID token of the session's login, to end that login at the provider too. */
    public static final String ID_TOKEN = EIdentificationServlet.class.getName() + ".idToken";
    private static final String PENDING = EIdentificationServlet.class.getName() + ".pending";
    private static final String PORTAL_HOME = "/portal/my/index.xhtml";
    private static final Logger LOG = Logger.getLogger(EIdentificationServlet.class.getName());

    @Inject
    transient EIdentification eIdentification;

    @Inject
    transient SecurityContext security;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!eIdentification.isConfigured()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        if (START.equals(request.getServletPath())) {
            start(request, response);
        } else {
            finish(request, response);
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<URI> returnTo = eIdentification.publicAddress(request.getRequestURL().toString(), START, RETURN);
        if (returnTo.isEmpty()) {
            refuse(request, response, new RefusedException(EIdentification.Refusal.UNAVAILABLE,
                    "complaints.portal.oidc.redirect-uri is not set, and this request came from another machine", null),
                    request.getParameter("next"));
            return;
        }
        Pending pending = EIdentification.pending(returnTo.get(), request.getParameter("next"));
        try {
            URI provider = eIdentification.start(pending);
            request.getSession().setAttribute(PENDING, pending);
            response.sendRedirect(provider.toString());
        } catch (RefusedException e) {
            refuse(request, response, e, pending.next());
        }
    }

    private void finish(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Pending pending = session == null ? null : (Pending) session.getAttribute(PENDING);
        if (pending == null) {
            // the session ran out while the debtor was at the provider, or the answer was not asked for here
            refuse(request, response, new RefusedException(EIdentification.Refusal.FAILED,
                    "no login was started in this session", null), null);
            return;
        }
        session.removeAttribute(PENDING);
        try {
            Identified who = eIdentification.finish(
                    URI.create(pending.returnTo() + "?" + request.getQueryString()), pending);
            AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters
                    .withParams().credential(new EIdentificationCredential(who.personnummer()))
                    .newAuthentication(true));
            if (status != AuthenticationStatus.SUCCESS) {
                throw new RefusedException(EIdentification.Refusal.UNKNOWN,
                        "not a debtor: " + who.personnummer().masked(), null);
            }
            request.getSession().setAttribute(ID_TOKEN, who.idToken());
            response.sendRedirect(request.getContextPath() + LocalPath.orHome(pending.next(), PORTAL_HOME));
        } catch (RefusedException e) {
            refuse(request, response, e, pending.next());
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, RefusedException refused,
            String next) throws IOException {
        LOG.log(refused.refusal() == EIdentification.Refusal.UNAVAILABLE ? Level.WARNING : Level.INFO,
                "Login with e-identification refused: " + refused.getMessage(), refused.getCause());
        response.sendRedirect(request.getContextPath() + "/portal/login.xhtml?eid="
                + refused.refusal().name().toLowerCase(Locale.ROOT)
                + (next == null ? "" : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
    }
}

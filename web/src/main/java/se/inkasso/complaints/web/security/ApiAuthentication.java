package se.inkasso.complaints.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;

/**
 * One way in for everyone (Jakarta Security allows one mechanism per application): HTTP Basic on
 * every API request that carries it (API.md, no session), and a login page for the staff pages,
 * remembered in the HTTP session until logout or timeout (debtors' e-identification ends there too,
 * through {@link EIdentificationServlet}). A protected page without a login sends the browser to
 * the login page and back.
 */
@DeclareRoles({Roles.AGENT, Roles.COMPLAINTS_OFFICER, Roles.TEAM_LEAD, Roles.ADMIN, Roles.OPERATIONS, Roles.DEBTOR})
@ApplicationScoped
public class ApiAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    /** Debtors log in on the portal's own page, with its scam warning (#8). */
    static final String PORTAL_LOGIN_PAGE = "/portal/login.xhtml";
    private static final String SESSION_LOGIN = ApiAuthentication.class.getName() + ".login";
    private static final String BASIC = "Basic ";
    /** The request attribute telling the login page when a login may be tried again. */
    public static final String TRY_AGAIN_AT = ApiAuthentication.class.getName() + ".tryAgainAt";

    /** Who logged in on the login page, kept in their session. */
    record Login(String name, Set<String> groups) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    VerifiedLogins verifiedLogins;

    @Inject
    LoginGuard loginGuard;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential offered = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && offered != null) {
            return pageLogin(request, context, offered);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return basic(authorization.substring(BASIC.length()).strip(), request, response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_LOGIN) instanceof Login login) {
            return context.notifyContainerAboutLogin(login.name(), login.groups());
        }
        if (context.isProtected() && isMetrics(request)) {
            // a monitoring system logs in with Basic, it does not follow a login page
            return unauthorized(response, context);
        }
        if (context.isProtected()) {
            return toLoginPage(request, response, context);
        }
        return context.doNothing();
    }

    /**
     * Sends the browser to the login page and back here afterwards, saying so when the session ran
     * out. An AJAX request gets the redirect as a partial response, which is what JSF's script follows.
     */
    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String target = "POST".equals(request.getMethod()) ? LocalPath.pageSeen(request, "/staff/index.xhtml")
                : request.getRequestURI().substring(request.getContextPath().length())
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        String page = target.startsWith("/portal/") ? PORTAL_LOGIN_PAGE : LOGIN_PAGE;
        String login = request.getContextPath() + page + "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8)
                + (expired ? "&expired=true" : "");
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return context.redirect(login);
        }
        response.setContentType("text/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login.replace("&", "&amp;") + "\"/></partial-response>");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_LOGIN);
        }
    }

    private AuthenticationStatus pageLogin(HttpServletRequest request, HttpMessageContext context,
            Credential offered) {
        String account = offered instanceof UsernamePasswordCredential login ? login.getCaller() : null;
        Optional<Instant> wait = account == null ? Optional.empty() : waitFor(account, request);
        if (wait.isPresent()) {
            request.setAttribute(TRY_AGAIN_AT, wait.get());
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = checked(account, identityStores.validate(offered), request);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // no error page: the login page stays and says what went wrong
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_LOGIN,
                new Login(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorized(response, context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return unauthorized(response, context);
        }
        String username = decoded.substring(0, colon);
        char[] password = decoded.substring(colon + 1).toCharArray();
        Optional<VerifiedLogins.Caller> known = verifiedLogins.find(username, password);
        if (known.isPresent()) {
            return context.notifyContainerAboutLogin(known.get().name(), known.get().groups());
        }
        Optional<Instant> wait = waitFor(username, request);
        if (wait.isPresent()) {
            return tooManyTries(wait.get(), request, response);
        }
        CredentialValidationResult result = checked(username, identityStores.validate(new UsernamePasswordCredential(
                username, new Password(password))), request);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return unauthorized(response, context);
        }
        verifiedLogins.remember(username, password, result.getCallerPrincipal().getName(), result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
    }

    /** Payara serves the metrics inside the application at the root context (web.xml protects them). */
    private static boolean isMetrics(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/metrics") || path.startsWith("/metrics/");
    }

    private Optional<Instant> waitFor(String account, HttpServletRequest request) {
        return loginGuard.notBefore(account, request.getRemoteAddr());
    }

    /** Counts a wrong password against the account and the address; a right one clears the account's. */
    private CredentialValidationResult checked(String account, CredentialValidationResult result,
            HttpServletRequest request) {
        if (account != null && result.getStatus() == CredentialValidationResult.Status.VALID) {
            loginGuard.succeeded(account);
        } else if (account != null && result.getStatus() == CredentialValidationResult.Status.INVALID) {
            loginGuard.failed(account, request.getRemoteAddr());
        }
        return result;
    }

    /** 429 with Retry-After, as problem+json: a client that waits gets its answer. */
    private static AuthenticationStatus tooManyTries(Instant tryAgainAt, HttpServletRequest request,
            HttpServletResponse response) {
        long seconds = Math.max(1, Duration.between(Instant.now(), tryAgainAt).toSeconds() + 1);
        Locale locale = request.getLocale();
        String body = Json.createObjectBuilder().add("type", "urn:complaints:problem:login-wait")
                .add("title", DomainException.format(locale, "problem.login-wait.title")).add("status", 429)
                .add("detail", DomainException.format(locale, "problem.login-wait", tryAgainAtShown(tryAgainAt)))
                .build().toString();
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getWriter().write(body);
            response.flushBuffer();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The moment a login may be tried again, as a person reads it on a clock in Sweden. */
    public static String tryAgainAtShown(Instant tryAgainAt) {
        return DateTimeFormatter.ofPattern("HH:mm:ss").format(tryAgainAt.atZone(BusinessCalendar.ZONE));
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Complaints\"");
        return context.responseUnauthorized();
    }
}

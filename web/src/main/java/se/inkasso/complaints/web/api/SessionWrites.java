package se.inkasso.complaints.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.inkasso.complaints.domain.DomainException;

/**
 * A change through the JSON API is never made on the strength of the login session alone: a
 * browser sends the session cookie with a form or script another site makes it send, so such a
 * change would be the staff member's without their knowing (cross-site request forgery). The
 * API's callers send their credentials with each request; the pages change things through their
 * own forms, which Faces protects. Reading with the session (a letter's PDF) stays allowed.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SessionWrites implements ContainerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        boolean loggedIn = request.getSecurityContext().getUserPrincipal() != null;
        if (loggedIn && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null
                && !SAFE_METHODS.contains(request.getMethod())) {
            Locale locale = ProblemMapper.locale(request.getAcceptableLanguages());
            request.abortWith(Response.status(Response.Status.FORBIDDEN).type(ProblemMapper.PROBLEM_JSON)
                    .entity(ProblemMapper.body(403, "session-write",
                            DomainException.format(locale, "problem.not-permitted"),
                            DomainException.format(locale, "problem.session-write"), List.of(), locale)
                            .build().toString())
                    .build());
        }
    }
}

package se.inkasso.complaints.web.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.FieldError;
import se.inkasso.complaints.domain.IncompleteException;
import se.inkasso.complaints.domain.InvalidFieldsException;
import se.inkasso.complaints.domain.NotFoundException;
import se.inkasso.complaints.domain.NotPermittedException;
import se.inkasso.complaints.domain.StateConflictException;
import se.inkasso.complaints.domain.json.JsonBuilders;
import se.inkasso.complaints.intake.boundary.RateLimitedException;

/**
 * Turns every failure into {@code application/problem+json} (RFC 9457) in the caller's language:
 * 400 for missing or malformed input, 422 for input a rule refused, 409 for a concurrent change,
 * 429 for too many requests, the status of a JAX-RS error, and 500 without internals for anything
 * unexpected. Transactions wrap exceptions, so the cause chain decides, not the outer type.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(Throwable thrown) {
        Locale locale = locale();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            Response response = known(cause, locale);
            if (response != null) {
                return response;
            }
        }
        LOG.log(Level.SEVERE, "Unexpected failure while serving a request", thrown);
        return problem(500, "internal", text(locale, "problem.internal"), text(locale, "problem.internal.detail"),
                List.of(), locale).build();
    }

    private Response known(Throwable cause, Locale locale) {
        if (cause instanceof IncompleteException incomplete) {
            return problem(422, "incomplete", text(locale, "problem.incomplete"), text(locale, "problem.fields"),
                    incomplete.errors(), locale).build();
        }
        if (cause instanceof InvalidFieldsException invalid) {
            return problem(400, "invalid-input", text(locale, "problem.invalid-input"),
                    invalid.errors().size() == 1 ? invalid.errors().get(0).message(locale) : text(locale, "problem.fields"),
                    invalid.errors(), locale).build();
        }
        if (cause instanceof RateLimitedException limited) {
            return problem(429, "rate-limited", text(locale, "problem.rate-limited"), limited.message(locale),
                    List.of(), locale).header("Retry-After", Math.max(1, limited.retryAfter().toSeconds())).build();
        }
        if (cause instanceof StateConflictException conflict) {
            return problem(409, "state-conflict", text(locale, "problem.state"), conflict.message(locale), List.of(),
                    locale).build();
        }
        if (cause instanceof NotPermittedException refused) {
            return problem(403, "not-permitted", text(locale, "problem.not-permitted"), refused.message(locale),
                    List.of(), locale).build();
        }
        if (cause instanceof NotFoundException missing) {
            return problem(404, "not-found", text(locale, "problem.not-found"), missing.message(locale), List.of(),
                    locale).build();
        }
        if (cause instanceof DomainException refused) {
            List<FieldError> errors = refused.field()
                    .map(field -> List.of(new FieldError(field, refused.key(), refused.arguments().toArray())))
                    .orElse(List.of());
            return problem(422, "refused", text(locale, "problem.refused"), refused.message(locale), errors, locale)
                    .build();
        }
        if (cause instanceof JsonException) {
            return problem(400, "invalid-json", text(locale, "problem.invalid-input"), text(locale, "problem.json"),
                    List.of(), locale).build();
        }
        if (cause instanceof OptimisticLockException) {
            return problem(409, "concurrent-change", text(locale, "problem.conflict"),
                    text(locale, "problem.conflict.detail"), List.of(), locale).build();
        }
        if (cause instanceof ForbiddenException && (security == null || security.getUserPrincipal() == null)) {
            return problem(401, "http-401", "Unauthorized", text(locale, "problem.http-401"), List.of(), locale)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Complaints\"").build();
        }
        if (cause instanceof WebApplicationException web) {
            Response original = web.getResponse();
            int status = original.getStatus();
            Response.ResponseBuilder builder = problem(status, "http-" + status,
                    original.getStatusInfo().getReasonPhrase(), text(locale, "problem.http-" + status), List.of(), locale);
            original.getStringHeaders().forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
            return builder.type(PROBLEM_JSON).build();
        }
        return null;
    }

    /** The caller's language: Swedish when asked for, else English. */
    static Locale locale(HttpHeaders headers) {
        return headers == null ? Locale.ENGLISH : locale(headers.getAcceptableLanguages());
    }

    static Locale locale(List<Locale> acceptable) {
        return acceptable.stream().filter(language -> "sv".equals(language.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }

    private Locale locale() {
        return locale(headers);
    }

    private static String text(Locale locale, String key) {
        return DomainException.format(locale, key);
    }

    private static Response.ResponseBuilder problem(int status, String type, String title, String detail,
            List<FieldError> errors, Locale locale) {
        return Response.status(status).type(PROBLEM_JSON)
                .entity(body(status, type, title, detail, errors, locale).build().toString());
    }

    /** An RFC 9457 body, for a resource that adds fields of its own before answering. */
    static JsonObjectBuilder body(int status, String type, String title, String detail, List<FieldError> errors,
            Locale locale) {
        JsonObjectBuilder body = JsonBuilders.object()
                .add("type", "urn:complaints:problem:" + type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = JsonBuilders.array();
            errors.forEach(error -> list.add(JsonBuilders.object().add("field", error.field())
                    .add("message", error.message(locale))));
            body.add("errors", list);
        }
        return body;
    }
}

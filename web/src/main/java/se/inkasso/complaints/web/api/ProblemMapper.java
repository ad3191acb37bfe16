package se.inkasso.complaints.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.inkasso.complaints.domain.DomainException;

/**
 * Turns every failure into {@code application/problem+json} (RFC 9457) in the caller's language:
 * 400 for input the domain refused, 409 for a concurrent change, the status of a JAX-RS error,
 * and 500 without internals for anything unexpected. Transactions wrap exceptions, so the cause
 * chain decides, not the outer type.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Locale locale = locale();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidParameterException invalid) {
                return problem(400, "invalid-input", DomainException.format(locale, "problem.invalid-input"),
                        invalid.message(locale), errors(invalid.field(), invalid.message(locale)));
            }
            if (cause instanceof DomainException refused) {
                return problem(400, "refused", DomainException.format(locale, "problem.invalid-input"),
                        refused.message(locale), null);
            }
            if (cause instanceof ConstraintViolationException violations) {
                JsonArrayBuilder errors = Json.createArrayBuilder();
                violations.getConstraintViolations().forEach(violation -> errors.add(Json.createObjectBuilder()
                        .add("field", String.valueOf(violation.getPropertyPath()))
                        .add("message", violation.getMessage())));
                return problem(400, "invalid-input", DomainException.format(locale, "problem.invalid-input"),
                        DomainException.format(locale, "problem.fields"), errors);
            }
            if (cause instanceof OptimisticLockException) {
                return problem(409, "concurrent-change", DomainException.format(locale, "problem.conflict"),
                        DomainException.format(locale, "problem.conflict.detail"), null);
            }
            if (cause instanceof WebApplicationException web) {
                int status = web.getResponse().getStatus();
                return problem(status, "http-" + status, web.getResponse().getStatusInfo().getReasonPhrase(),
                        DomainException.format(locale, "problem.http-" + status), null);
            }
        }
        LOG.log(Level.SEVERE, "Unexpected failure while serving a request", thrown);
        return problem(500, "internal", DomainException.format(locale, "problem.internal"),
                DomainException.format(locale, "problem.internal.detail"), null);
    }

    private Locale locale() {
        return headers == null ? Locale.ENGLISH : headers.getAcceptableLanguages().stream()
                .filter(language -> "sv".equals(language.getLanguage())).findFirst().orElse(Locale.ENGLISH);
    }

    private static JsonArrayBuilder errors(String field, String message) {
        return Json.createArrayBuilder().add(Json.createObjectBuilder().add("field", field).add("message", message));
    }

    private static Response problem(int status, String type, String title, String detail, JsonArrayBuilder errors) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "urn:complaints:problem:" + type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
        if (errors != null) {
            body.add("errors", errors);
        }
        return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString()).build();
    }
}

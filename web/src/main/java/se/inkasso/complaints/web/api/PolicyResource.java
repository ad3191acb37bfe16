package se.inkasso.complaints.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import se.inkasso.complaints.domain.NotFoundException;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.json.JsonBuilders;
import se.inkasso.complaints.domain.model.ComplaintPolicy;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.repository.PolicyRepository;
import se.inkasso.complaints.web.api.command.PublishPolicy;
import se.inkasso.complaints.web.security.Caller;
import se.inkasso.complaints.web.security.Roles;

/**
 * The complaint policy (D27): anyone reads the version in force, or an earlier one by its name
 * ({@code ?version=}), in Swedish or English ({@code ?language=}, Swedish by default); an ADMIN
 * publishes a new version from a day to come.
 */
@Path("policy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

    /** Longer than any version's name (2026-12): anything longer names none. */
    private static final int MAX_VERSION = 20;

    @Inject
    PolicyRepository policies;

    @Inject
    RequestReader requests;

    @Inject
    Caller caller;

    @GET
    @PermitAll
    @Transactional
    public JsonObject read(@QueryParam("version") String version, @QueryParam("language") String language) {
        Language chosen = language == null ? Language.SV : Parameters.choice("language", language, Language.class);
        if (version != null && version.length() > MAX_VERSION) {
            throw new NotFoundException("policy.unknown", version.substring(0, MAX_VERSION));
        }
        ComplaintPolicy policy = version == null
                ? policies.inForce(chosen, LocalDate.now(BusinessCalendar.ZONE))
                        .orElseThrow(() -> new NotFoundException("policy.unknown", "-"))
                : policies.version(version, chosen).orElseThrow(() -> new NotFoundException("policy.unknown", version));
        return json(policy);
    }

    /** {@code language}, {@code text}, {@code effectiveFrom}; 200 with the version as published. */
    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public JsonObject publish(JsonObject body) {
        PublishPolicy command = requests.read(body, PublishPolicy.class);
        return json(policies.publish(command.language(), command.text(), command.effectiveFrom(), caller.name()));
    }

    private static JsonObject json(ComplaintPolicy policy) {
        return JsonBuilders.object().add("version", policy.version()).add("language", policy.language().code())
                .add("text", policy.text()).add("effectiveFrom", policy.effectiveFrom().toString()).build();
    }
}

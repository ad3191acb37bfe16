package se.inkasso.complaints.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import se.inkasso.complaints.casework.boundary.CollectionGuard;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.json.JsonBuilders;
import se.inkasso.complaints.domain.model.CollectionAction;
import se.inkasso.complaints.domain.repository.ClaimRepository;
import se.inkasso.complaints.web.api.command.CheckCollectionAction;
import se.inkasso.complaints.web.security.Roles;

/** A claim with its collection status and holds (D6), and the guard every collection action passes. */
@Path("claims")
@RequestScoped
@RolesAllowed({Roles.AGENT, Roles.COMPLAINTS_OFFICER, Roles.TEAM_LEAD, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

    @Inject
    ClaimRepository claims;

    @Inject
    Views views;

    @Inject
    CollectionGuard guard;

    @Inject
    RequestReader requests;

    @Context
    HttpHeaders headers;

    /**
     * Asks whether a collection action may be taken (D6, D8): 200 when it may, 409 naming the
     * objection's case reference when a hold refuses it. {@code action}: REMINDER, PAYMENT_DEMAND,
     * FEE, PAYMENT_ORDER_APPLICATION; {@code amount} the amount it concerns (default: the balance).
     */
    @POST
    @Path("{reference}/collection-actions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response collectionAction(@PathParam("reference") String reference, JsonObject body) {
        CheckCollectionAction command = requests.read(body, CheckCollectionAction.class);
        CollectionAction action = command.action();
        CollectionGuard.Verdict verdict = guard.check(reference.strip(), action, command.amount());
        if (verdict.decision().allowed()) {
            return Response.ok(JsonBuilders.object().add("allowed", true).add("action", action.name()).build())
                    .build();
        }
        Locale locale = ProblemMapper.locale(headers);
        String caseReference = verdict.holdingCase().map(CaseReference::value).orElse("");
        JsonObject problem = ProblemMapper.body(409, "collection-refused",
                DomainException.format(locale, "problem.collection-refused"),
                DomainException.format(locale, verdict.decision().reasonKey(), caseReference), List.of(), locale)
                .add("allowed", false).add("caseReference", caseReference).build();
        return Response.status(409).type(ProblemMapper.PROBLEM_JSON).entity(problem.toString()).build();
    }

    @GET
    @Path("{reference}")
    @Transactional
    public JsonObject claim(@PathParam("reference") String reference) {
        return views.staffClaim(claims.findByReference(reference.strip()).orElseThrow(NotFoundException::new));
    }
}

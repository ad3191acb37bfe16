package se.inkasso.complaints.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import se.inkasso.complaints.domain.casefile.CaseLookup;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.json.JsonBuilders;
import se.inkasso.complaints.escalation.boundary.ReviewInfo;
import se.inkasso.complaints.escalation.boundary.Reviews;
import se.inkasso.complaints.web.api.command.DecideReview;
import se.inkasso.complaints.web.security.Caller;
import se.inkasso.complaints.web.security.Roles;

/** The complaints officer's desk (D16): the open reviews, due first, and the decision. */
@Path("reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COMPLAINTS_OFFICER, Roles.TEAM_LEAD, Roles.ADMIN})
public class ReviewResource {

    private static final int LISTED = 500;

    @Inject
    Reviews reviews;

    @Inject
    CaseLookup cases;

    @Inject
    Caller caller;

    @Inject
    RequestReader requests;

    @GET
    public JsonObject open() {
        List<ReviewInfo> open = reviews.open(LISTED);
        Map<Long, CaseReference> references = cases.references(open.stream().map(ReviewInfo::caseId).toList());
        JsonArrayBuilder items = JsonBuilders.array();
        open.forEach(review -> items.add(EscalationJson.review(review, references.get(review.caseId()).value(), true)));
        return JsonBuilders.object().add("items", items).build();
    }

    @GET
    @Path("{id}")
    public JsonObject review(@PathParam("id") String id) {
        return json(reviews.find(Parameters.id(id)));
    }

    /**
     * The decision (D16): {@code outcome} UPHELD, PARTIALLY_UPHELD or NOT_UPHELD, {@code reasons},
     * optional {@code redress} and {@code redressAmount}. Only a complaints officer who had no part
     * in the case (403 with the reason otherwise).
     */
    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMPLAINTS_OFFICER)
    public JsonObject decide(@PathParam("id") String id, JsonObject body) {
        DecideReview command = requests.read(body, DecideReview.class);
        return json(reviews.decide(Parameters.id(id), command.outcome(), command.reasons(), command.redress(),
                command.redressAmount(), caller.name()));
    }

    private JsonObject json(ReviewInfo review) {
        return EscalationJson.review(review, cases.references(List.of(review.caseId())).get(review.caseId()).value(),
                true).build();
    }
}

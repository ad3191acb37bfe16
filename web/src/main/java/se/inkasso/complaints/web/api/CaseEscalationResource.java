package se.inkasso.complaints.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.escalation.boundary.Referrals;
import se.inkasso.complaints.escalation.boundary.Reviews;
import se.inkasso.complaints.web.api.command.RecordReferral;
import se.inkasso.complaints.web.api.command.Refer;
import se.inkasso.complaints.web.api.command.RequestReview;
import se.inkasso.complaints.web.security.Caller;
import se.inkasso.complaints.web.security.Roles;

/**
 * Escalation of a case by staff: a review asked for by the debtor on the phone (D16), and referral
 * to Inkassonämnden or Finansinspektionen with what the body later says (D17).
 */
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.COMPLAINTS_OFFICER, Roles.TEAM_LEAD, Roles.ADMIN})
public class CaseEscalationResource {

    @Inject
    Reviews reviews;

    @Inject
    Referrals referrals;

    @Inject
    Caller caller;

    @Inject
    RequestReader requests;

    /** The debtor, on the phone, is not satisfied: {@code reason}. 201 with the review; 409 before an answer. */
    @POST
    @Path("{reference}/review-request")
    public Response requestReview(@PathParam("reference") String reference, JsonObject body) {
        RequestReview command = requests.read(body, RequestReview.class);
        CaseReference caseReference = CaseReferences.parse(reference);
        var review = reviews.request(caseReference, command.reason(), caller.name(), Channel.PHONE);
        return Response.status(Response.Status.CREATED)
                .entity(EscalationJson.review(review, caseReference.value(), true).build()).build();
    }

    /** {@code body} INKASSONAMNDEN or FINANSINSPEKTIONEN, optional {@code externalReference}; sends the letter. */
    @POST
    @Path("{reference}/external-referrals")
    public Response refer(@PathParam("reference") String reference, JsonObject body) {
        Refer command = requests.read(body, Refer.class);
        CaseReference caseReference = CaseReferences.parse(reference);
        var referral = referrals.refer(caseReference, command.body(), command.externalReference(), caller.name());
        return Response.status(Response.Status.CREATED)
                .entity(EscalationJson.referral(referral, caseReference.value()).build()).build();
    }

    /** What the body said later: {@code externalReference} and/or {@code outcome}. */
    @POST
    @Path("{reference}/external-referrals/{id}")
    public JsonObject recordReferral(@PathParam("reference") String reference, @PathParam("id") String id,
            JsonObject body) {
        RecordReferral command = requests.read(body, RecordReferral.class);
        CaseReference caseReference = CaseReferences.parse(reference);
        return EscalationJson.referral(referrals.record(caseReference, Parameters.id(id), command.externalReference(),
                command.outcome(), caller.name()), caseReference.value()).build();
    }
}

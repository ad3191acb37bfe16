package se.inkasso.complaints.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.inkasso.complaints.casework.boundary.ObjectionHandling;
import se.inkasso.complaints.web.api.command.AssessObjection;
import se.inkasso.complaints.web.api.command.RecordOutcome;
import se.inkasso.complaints.web.security.Caller;
import se.inkasso.complaints.web.security.Roles;

/** An objection's legal path (D7, D8): its assessment, then the creditor's answer and what it means for the claim. */
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.ADMIN})
public class ObjectionResource {

    @Inject
    Caller caller;

    @Inject
    RequestReader requests;

    @Inject
    ObjectionHandling objections;

    @Inject
    StaffCaseAnswer answer;

    @POST
    @Path("{reference}/objection-assessment")
    public Response assess(@PathParam("reference") String reference,
            JsonObject body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        AssessObjection command = requests.read(body, AssessObjection.class);
        objections.assess(CaseReferences.parse(reference), command.substantive(), command.reason(), caller.name(),
                Versions.expected(ifMatch));
        return answer.current(reference);
    }

    @POST
    @Path("{reference}/objection-outcome")
    public Response recordOutcome(@PathParam("reference") String reference,
            JsonObject body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        RecordOutcome command = requests.read(body, RecordOutcome.class);
        objections.recordOutcome(CaseReferences.parse(reference), command.outcome(), command.adjustedAmount(),
                command.refundFees(), command.disputedAmount(), command.note(), caller.name(),
                Versions.expected(ifMatch));
        return answer.current(reference);
    }
}

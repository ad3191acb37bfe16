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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import se.inkasso.complaints.casework.boundary.ResponseDraft;
import se.inkasso.complaints.casework.boundary.Responses;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.web.api.command.DraftResponse;
import se.inkasso.complaints.web.security.Caller;
import se.inkasso.complaints.web.security.Roles;

/** Final responses (D14): drafted with their checklist, then sent only when it passes (and, to a debtor who objected, D9). */
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.COMPLAINTS_OFFICER, Roles.ADMIN})
public class ResponseResource {

    @Inject
    Caller caller;

    @Inject
    RequestReader requests;

    @Inject
    Responses responses;

    @Inject
    Views views;

    @Inject
    StaffCaseAnswer answer;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /** The answer lists the checklist: what is still missing before it may be sent. */
    @POST
    @Path("{reference}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draft(@PathParam("reference") String reference,
            JsonObject body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        DraftResponse command = requests.read(body, DraftResponse.class);
        CaseReference caseReference = CaseReferences.parse(reference);
        ResponseDraft draft = responses.draft(caseReference, command.decision(), command.reasons(), command.redress(),
                command.redressAmount(), command.language(), command.freeOfChargeStated(),
                command.onwardRoutesStated(), caller.name(), Versions.expected(ifMatch));
        return Response.created(uri.getBaseUriBuilder().path("cases").path(caseReference.value()).path("responses")
                .path(String.valueOf(draft.id())).build())
                .entity(views.response(draft, ProblemMapper.locale(headers))).build();
    }

    /** 422 naming every missing part when its checklist fails. */
    @POST
    @Path("{reference}/responses/{id}/send")
    public Response send(@PathParam("reference") String reference, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        responses.send(CaseReferences.parse(reference), Parameters.integer("id", id, 1, Integer.MAX_VALUE),
                caller.name(), Versions.expected(ifMatch));
        return answer.current(reference);
    }
}

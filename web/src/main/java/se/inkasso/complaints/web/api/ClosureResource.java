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
import se.inkasso.complaints.casework.boundary.Closure;
import se.inkasso.complaints.web.api.command.Close;
import se.inkasso.complaints.web.security.Caller;
import se.inkasso.complaints.web.security.Roles;

/** Closing an answered case with its root cause, and the corrective action carried out later (D15). */
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClosureResource {

    @Inject
    Caller caller;

    @Inject
    RequestReader requests;

    @Inject
    Closure closure;

    @Inject
    StaffCaseAnswer answer;

    /** {@code rootCause} from {@code GET /api/root-causes}. */
    @POST
    @Path("{reference}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.ADMIN})
    public Response close(@PathParam("reference") String reference,
            JsonObject body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Close command = requests.read(body, Close.class);
        closure.close(CaseReferences.parse(reference), command.rootCause(), command.corrective(), caller.name(),
                Versions.expected(ifMatch));
        return answer.current(reference);
    }

    @POST
    @Path("{reference}/corrective-action/done")
    @RolesAllowed({Roles.TEAM_LEAD, Roles.ADMIN})
    public Response correctiveActionDone(@PathParam("reference") String reference,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        closure.completeCorrectiveAction(CaseReferences.parse(reference), caller.name(), Versions.expected(ifMatch));
        return answer.current(reference);
    }
}

package se.inkasso.complaints.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import se.inkasso.complaints.casework.boundary.Assignment;
import se.inkasso.complaints.casework.boundary.Reclassification;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.json.JsonBuilders;
import se.inkasso.complaints.web.api.command.Assign;
import se.inkasso.complaints.web.api.command.NameSubjectStaff;
import se.inkasso.complaints.web.api.command.Reassign;
import se.inkasso.complaints.web.api.command.Reclassify;
import se.inkasso.complaints.web.security.Caller;
import se.inkasso.complaints.web.security.Roles;

/**
 * Who handles a case and in which queue it belongs: assignment by hand, by the least-loaded rule
 * or in bulk, never to the person a complaint is about (D13); the type corrected (D2). With
 * {@code If-Match} the version the caller saw; a newer one answers 409.
 */
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentResource {

    @Inject
    Caller caller;

    @Inject
    RequestReader requests;

    @Inject
    Assignment assignment;

    @Inject
    Reclassification reclassification;

    @Inject
    StaffCaseAnswer answer;

    @POST
    @Path("{reference}/assignment")
    @RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.ADMIN})
    public Response assign(@PathParam("reference") String reference,
            JsonObject body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Assign command = requests.read(body, Assign.class);
        CaseReference caseReference = CaseReferences.parse(reference);
        Long expected = Versions.expected(ifMatch);
        if (command.automatic()) {
            assignment.assignAutomatically(caseReference, caller.name(), expected);
        } else {
            assignment.assign(caseReference, command.handler(), caller.name(), expected);
        }
        return answer.current(reference);
    }

    /** Gives several cases to one handler, all or none. */
    @POST
    @Path("assignments")
    @RolesAllowed({Roles.TEAM_LEAD, Roles.ADMIN})
    @Transactional
    public JsonObject reassign(
            JsonObject body) {
        Reassign command = requests.read(body, Reassign.class);
        List<CaseReference> references = command.references().stream().map(CaseReferences::parse).toList();
        assignment.reassign(references, command.handler(), caller.name());
        JsonArrayBuilder items = JsonBuilders.array();
        references.forEach(assigned -> items.add(JsonBuilders.object()
                .add("reference", assigned.value()).add("handler", command.handler())));
        return JsonBuilders.object().add("items", items).build();
    }

    /** Records whose conduct a complaint is about (D13); if that person handles it, it goes back to the queue. */
    @POST
    @Path("{reference}/subject-staff")
    @RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.COMPLAINTS_OFFICER, Roles.ADMIN})
    public Response subjectStaff(@PathParam("reference") String reference,
            JsonObject body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        NameSubjectStaff command = requests.read(body, NameSubjectStaff.class);
        assignment.recordSubjectStaff(CaseReferences.parse(reference), command.username(), caller.name(),
                Versions.expected(ifMatch));
        return answer.current(reference);
    }

    /** Corrects the type (D2): the case keeps its reference, received-at and clocks. */
    @POST
    @Path("{reference}/reclassification")
    @RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.ADMIN})
    public Response reclassify(@PathParam("reference") String reference,
            JsonObject body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Reclassify command = requests.read(body, Reclassify.class);
        reclassification.reclassify(CaseReferences.parse(reference), command.type(), command.category(),
                command.grounds(), command.reason(), caller.name(), Versions.expected(ifMatch));
        return answer.current(reference);
    }
}

package se.inkasso.complaints.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import se.inkasso.complaints.casework.boundary.CaseFiles;
import se.inkasso.complaints.casework.boundary.CaseQueue;
import se.inkasso.complaints.casework.boundary.Notes;
import se.inkasso.complaints.casework.boundary.QueuePage;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.identity.Personnummer;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.domain.model.Debtor;
import se.inkasso.complaints.domain.repository.DebtorRepository;
import se.inkasso.complaints.intake.boundary.Attachments;
import se.inkasso.complaints.intake.boundary.IntakeService;
import se.inkasso.complaints.intake.boundary.Receipt;
import se.inkasso.complaints.web.api.command.AddNote;
import se.inkasso.complaints.web.api.command.RegisterCall;
import se.inkasso.complaints.web.security.Caller;
import se.inkasso.complaints.web.security.Roles;

/**
 * Cases for staff: the queues, one case in full, registering a phone call on the debtor's behalf
 * (D2), internal notes and the documents the debtor sent. Changing a case is in the resources of
 * each capability: assignment, objections, responses, closure.
 */
@Path("cases")
@RequestScoped
@RolesAllowed({Roles.AGENT, Roles.COMPLAINTS_OFFICER, Roles.TEAM_LEAD, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    @Inject
    Caller caller;

    @Inject
    DebtorRepository debtors;

    @Inject
    CaseQueue cases;

    @Inject
    CaseFiles caseFiles;

    @Inject
    IntakeService intake;

    @Inject
    Views views;

    @Inject
    CaseFileJson caseFileJson;

    @Inject
    Notes notes;

    @Inject
    RequestReader requests;

    @Inject
    StaffCaseAnswer answer;

    @Inject
    Attachments attachments;


    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /**
     * Phone intake: the agent identifies the debtor by personnummer and records the contact; a call
     * resolved there and then is registered too, as resolved on contact, with the agent's note.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response registerCall(JsonObject body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        RegisterCall call = requests.read(body, RegisterCall.class);
        Personnummer personnummer = call.personnummer();
        Debtor debtor = debtors.findByPersonnummer(personnummer)
                .orElseThrow(() -> DomainException.about("debtorPersonnummer", "intake.debtor-unknown",
                        personnummer.masked()));
        Receipt receipt = intake.receive(ContactRequests.submission(call, Channel.PHONE, debtor.id(), caller.name(),
                idempotencyKey, call.agreedResolution(), call.receivedAt()));
        JsonObject answer = caseFileJson.receipt(receipt.contactId(), receipt.repeated(), false);
        return Response.created(uri.getBaseUriBuilder().path("cases").path(answer.getString("reference")).build())
                .entity(answer).build();
    }

    /**
     * The queue: filters {@code queue}, {@code type}, {@code status} (or {@code ALL}; open cases
     * when absent), {@code handler} (a username, or {@code none}), {@code overdue}, {@code creditor};
     * {@code sort} by responseDue (default), receivedAt, reference or status, "-" first for
     * descending; {@code page} from 0 and {@code size} up to 200.
     */
    @GET
    @Transactional
    public JsonObject queue(@QueryParam("queue") String queue, @QueryParam("type") String type,
            @QueryParam("status") String status, @QueryParam("handler") String handler,
            @QueryParam("overdue") String overdue, @QueryParam("creditor") String creditor,
            @QueryParam("sort") @DefaultValue("responseDue") String sort,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size) {
        QueueRequest request = QueueRequest.parse(queue, type, status, handler, overdue, creditor, sort, page, size);
        QueuePage found = cases.queue(request.filter(), request.sort(), request.descending(),
                request.page() * request.size(), request.size());
        return views.queue(found, request.page(), request.size());
    }

    @GET
    @Path("{reference}")
    public Response caseFile(@PathParam("reference") String reference) {
        return answer.current(reference);
    }

    /** A document the debtor sent with the contact the case came from or a message about it (#8, D24). */
    @GET
    @Path("{reference}/attachments/{id}")
    @Produces(MediaType.WILDCARD)
    @Transactional
    public Response attachment(@PathParam("reference") String reference, @PathParam("id") String id) {
        return caseFiles.find(CaseReferences.parse(reference))
                .flatMap(file -> attachments.find(file.id(), file.contactId(), Parameters.id(id)))
                .map(Documents::download).orElseThrow(jakarta.ws.rs.NotFoundException::new);
    }

    /** An internal note on the timeline (D18), never shown to the debtor: {@code text}. */
    @POST
    @Path("{reference}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.COMPLAINTS_OFFICER, Roles.ADMIN})
    public Response addNote(@PathParam("reference") String reference,
            JsonObject body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        AddNote command = requests.read(body, AddNote.class);
        notes.add(CaseReferences.parse(reference), command.text(), caller.name(), Versions.expected(ifMatch));
        return answer.current(reference);
    }
}

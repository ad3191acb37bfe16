package se.inkasso.complaints.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
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
import java.time.Instant;
import java.util.List;
import se.inkasso.complaints.casework.boundary.Assignment;
import se.inkasso.complaints.casework.boundary.Closure;
import se.inkasso.complaints.casework.boundary.Notes;
import se.inkasso.complaints.casework.boundary.ObjectionHandling;
import se.inkasso.complaints.casework.boundary.Reclassification;
import se.inkasso.complaints.casework.boundary.Responses;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.FieldError;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.identity.Personnummer;
import se.inkasso.complaints.domain.json.JsonBuilders;
import se.inkasso.complaints.domain.model.Case;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.domain.model.ComplaintCategory;
import se.inkasso.complaints.domain.model.CorrectiveAction;
import se.inkasso.complaints.domain.model.Debtor;
import se.inkasso.complaints.domain.model.Decision;
import se.inkasso.complaints.domain.model.FinalResponse;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.ObjectionGrounds;
import se.inkasso.complaints.domain.model.ObjectionOutcome;
import se.inkasso.complaints.domain.repository.AttachmentRepository;
import se.inkasso.complaints.domain.repository.CaseRepository;
import se.inkasso.complaints.domain.repository.DebtorRepository;
import se.inkasso.complaints.domain.repository.QueuePage;
import se.inkasso.complaints.intake.boundary.IntakeService;
import se.inkasso.complaints.intake.boundary.Receipt;
import se.inkasso.complaints.web.security.Caller;
import se.inkasso.complaints.web.security.Roles;

/**
 * Cases for staff: the queues, one case in full, registering a phone call on the debtor's behalf
 * (D2), and who handles a case (D13).
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
    CaseRepository cases;

    @Inject
    IntakeService intake;

    @Inject
    Views views;

    @Inject
    Assignment assignment;

    @Inject
    Notes notes;

    @Inject
    AttachmentRepository attachments;

    @Inject
    ObjectionHandling objections;

    @Inject
    Responses responses;

    @Inject
    Reclassification reclassification;

    @Inject
    Closure closure;

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
        JsonFields fields = new JsonFields(body);
        Channel channel = fields.choice("channel", Channel.class);
        if (channel != null && channel != Channel.PHONE) {
            fields.add(new FieldError("channel", "intake.phone-only"));
        }
        Personnummer personnummer = personnummer(fields, fields.requiredText("debtorPersonnummer"));
        Instant receivedAt = fields.instant("receivedAt");
        boolean resolved = fields.flag("resolvedOnContact");
        String note = fields.text("resolutionNote");
        if (!resolved && note != null) {
            fields.add(new FieldError("resolutionNote", "intake.note-without-resolution"));
        }
        var submission = ContactRequests.submission(fields, Channel.PHONE, 0, caller.name(), idempotencyKey,
                resolved ? (note == null ? "" : note) : null, receivedAt);
        Debtor debtor = debtors.findByPersonnummer(personnummer)
                .orElseThrow(() -> DomainException.about("debtorPersonnummer", "intake.debtor-unknown",
                        personnummer.masked()));
        Receipt receipt = intake.receive(submission.forDebtor(debtor.id()));
        JsonObject answer = views.receipt(receipt.contactId(), receipt.repeated());
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
        Views.Versioned found = views.staffCase(reference).orElseThrow(NotFoundException::new);
        return Response.ok(found.json()).tag(Versions.tag(found.version())).build();
    }

    /**
     * Assigns a handler ({@code handler}), or lets the least-loaded rule choose ({@code automatic}).
     * With {@code If-Match} the version the caller saw; a newer one answers 409 (someone else changed
     * the case meanwhile).
     */
    @POST
    @Path("{reference}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.ADMIN})
    public Response assign(@PathParam("reference") String reference, JsonObject body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        JsonFields fields = new JsonFields(body);
        boolean automatic = fields.flag("automatic");
        String handler = automatic ? null : fields.requiredText("handler");
        fields.done();
        CaseReference caseReference = CaseReferences.parse(reference);
        Long expected = Versions.expected(ifMatch);
        Case assigned = automatic ? assignment.assignAutomatically(caseReference, caller.name(), expected)
                : assignment.assign(caseReference, handler, caller.name(), expected);
        return caseFile(assigned.reference().value());
    }

    /** Gives several cases to one handler, all or none. */
    @POST
    @Path("assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TEAM_LEAD, Roles.ADMIN})
    @Transactional
    public JsonObject reassign(JsonObject body) {
        JsonFields fields = new JsonFields(body);
        String handler = fields.requiredText("handler");
        List<String> references = fields.texts("references");
        fields.done();
        List<Case> assigned = assignment.reassign(references.stream().map(CaseReferences::parse).toList(), handler,
                caller.name());
        JsonArrayBuilder items = JsonBuilders.array();
        assigned.forEach(caseFile -> items.add(JsonBuilders.object()
                .add("reference", caseFile.reference().value()).add("handler", handler)));
        return JsonBuilders.object().add("items", items).build();
    }

    /** Assesses an objection (D7): {@code substantive} true or false, with the {@code reason}. */
    @POST
    @Path("{reference}/objection-assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.ADMIN})
    public Response assessObjection(@PathParam("reference") String reference, JsonObject body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        JsonFields fields = new JsonFields(body);
        boolean substantive = fields.requiredFlag("substantive");
        String reason = fields.requiredText("reason");
        fields.done();
        objections.assess(CaseReferences.parse(reference), substantive, reason, caller.name(),
                Versions.expected(ifMatch));
        return caseFile(reference);
    }

    /**
     * The outcome of a substantive objection (D8): {@code outcome} WITHDRAWN, ADJUSTED (with
     * {@code adjustedAmount}, the corrected principal, and/or {@code refundFees}), MAINTAINED, or
     * PARTIAL (with {@code disputedAmount}, the part that stays on hold); an optional {@code note}.
     */
    @POST
    @Path("{reference}/objection-outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.ADMIN})
    public Response recordObjectionOutcome(@PathParam("reference") String reference, JsonObject body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        JsonFields fields = new JsonFields(body);
        ObjectionOutcome outcome = fields.requiredChoice("outcome", ObjectionOutcome.class);
        var adjustedAmount = fields.money("adjustedAmount");
        boolean refundFees = fields.flag("refundFees");
        var disputedAmount = fields.money("disputedAmount");
        String note = fields.text("note");
        fields.done();
        objections.recordOutcome(CaseReferences.parse(reference), outcome, adjustedAmount, refundFees, disputedAmount,
                note, caller.name(), Versions.expected(ifMatch));
        return caseFile(reference);
    }

    /**
     * Drafts a final response (D14): {@code decision} UPHELD, PARTIALLY_UPHELD or REJECTED,
     * {@code reasons}, {@code redress} (or "none"), {@code language}; the letter states that handling
     * is free and the routes onward unless {@code statesFreeOfCharge}/{@code statesOnwardRoutes} are
     * false. The answer lists the checklist.
     */
    @POST
    @Path("{reference}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.COMPLAINTS_OFFICER, Roles.ADMIN})
    public Response draftResponse(@PathParam("reference") String reference, JsonObject body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        JsonFields fields = new JsonFields(body);
        Decision decision = fields.requiredChoice("decision", Decision.class);
        String reasons = fields.text("reasons");
        String redress = fields.text("redress");
        var redressAmount = fields.money("redressAmount");
        Language language = fields.choice("language", Language.class);
        boolean freeOfCharge = !body.containsKey("statesFreeOfCharge") || fields.flag("statesFreeOfCharge");
        boolean onwardRoutes = !body.containsKey("statesOnwardRoutes") || fields.flag("statesOnwardRoutes");
        fields.done();
        CaseReference caseReference = CaseReferences.parse(reference);
        FinalResponse draft = responses.draft(caseReference, decision, reasons, redress, redressAmount, language,
                freeOfCharge, onwardRoutes, caller.name(), Versions.expected(ifMatch));
        JsonObject answer = views.response(draft, responses.problems(draft.id()), ProblemMapper.locale(headers));
        return Response.created(uri.getBaseUriBuilder().path("cases").path(caseReference.value()).path("responses")
                .path(String.valueOf(draft.id())).build()).entity(answer).build();
    }

    /** Sends a drafted response; 422 naming every missing part when its checklist fails (D14, D9). */
    @POST
    @Path("{reference}/responses/{id}/send")
    @RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.COMPLAINTS_OFFICER, Roles.ADMIN})
    public Response sendResponse(@PathParam("reference") String reference, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        responses.send(CaseReferences.parse(reference), Parameters.integer("id", id, 1, Integer.MAX_VALUE),
                caller.name(), Versions.expected(ifMatch));
        return caseFile(reference);
    }

    /** Corrects the type (D2): {@code type}, {@code reason}, and {@code grounds} or {@code category}. */
    @POST
    @Path("{reference}/reclassification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.ADMIN})
    public Response reclassify(@PathParam("reference") String reference, JsonObject body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        JsonFields fields = new JsonFields(body);
        CaseType type = fields.requiredChoice("type", CaseType.class);
        String reason = fields.requiredText("reason");
        ComplaintCategory category = fields.choice("category", ComplaintCategory.class);
        ObjectionGrounds grounds = fields.choice("grounds", ObjectionGrounds.class);
        fields.done();
        reclassification.reclassify(CaseReferences.parse(reference), type, category, grounds, reason, caller.name(),
                Versions.expected(ifMatch));
        return caseFile(reference);
    }

    /**
     * Closes an answered case (D15): {@code rootCause} from {@code GET /api/root-causes}, optionally
     * {@code correctiveAction} with {@code correctiveActionOwner} and {@code correctiveActionDue}.
     */
    @POST
    @Path("{reference}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.ADMIN})
    public Response close(@PathParam("reference") String reference, JsonObject body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        JsonFields fields = new JsonFields(body);
        String rootCause = fields.requiredText("rootCause");
        String action = fields.text("correctiveAction");
        String owner = fields.text("correctiveActionOwner");
        Instant due = fields.instant("correctiveActionDue");
        fields.done();
        CorrectiveAction corrective = action == null ? null : new CorrectiveAction(action, owner,
                due == null ? null : due.atZone(BusinessCalendar.ZONE).toLocalDate(), false);
        closure.close(CaseReferences.parse(reference), rootCause, corrective, caller.name(), Versions.expected(ifMatch));
        return caseFile(reference);
    }

    /** The corrective action decided at closure has been carried out (D15). */
    @POST
    @Path("{reference}/corrective-action/done")
    @RolesAllowed({Roles.TEAM_LEAD, Roles.ADMIN})
    public Response correctiveActionDone(@PathParam("reference") String reference,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        closure.completeCorrectiveAction(CaseReferences.parse(reference), caller.name(), Versions.expected(ifMatch));
        return caseFile(reference);
    }

    /** Records whose conduct a complaint is about (D13). */
    @POST
    @Path("{reference}/subject-staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.COMPLAINTS_OFFICER, Roles.ADMIN})
    public Response subjectStaff(@PathParam("reference") String reference, JsonObject body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        JsonFields fields = new JsonFields(body);
        String username = fields.requiredText("username");
        fields.done();
        Case recorded = assignment.recordSubjectStaff(CaseReferences.parse(reference), username, caller.name(),
                Versions.expected(ifMatch));
        return caseFile(recorded.reference().value());
    }

    /** A document the debtor sent with the contact the case came from (#8). */
    @GET
    @Path("{reference}/attachments/{id}")
    @Produces(MediaType.WILDCARD)
    @Transactional
    public Response attachment(@PathParam("reference") String reference, @PathParam("id") String id) {
        Case caseFile = cases.get(CaseReferences.parse(reference));
        return caseFile.contactId().flatMap(contact -> attachments.find(contact, Parameters.id(id)))
                .map(Documents::download).orElseThrow(jakarta.ws.rs.NotFoundException::new);
    }

    /** An internal note on the timeline (D18), never shown to the debtor: {@code text}. */
    @POST
    @Path("{reference}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.COMPLAINTS_OFFICER, Roles.ADMIN})
    public Response addNote(@PathParam("reference") String reference, JsonObject body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        JsonFields fields = new JsonFields(body);
        String text = fields.text("text");
        fields.done();
        notes.add(CaseReferences.parse(reference), text, caller.name(), Versions.expected(ifMatch));
        return caseFile(reference);
    }

    private static Personnummer personnummer(JsonFields fields, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Personnummer.parse(text);
        } catch (DomainException invalid) {
            fields.add(new FieldError("debtorPersonnummer", invalid.key(), invalid.arguments().toArray()));
            return null;
        }
    }
}

package se.inkasso.complaints.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.inkasso.complaints.casework.boundary.CaseFile;
import se.inkasso.complaints.casework.boundary.CaseFiles;
import se.inkasso.complaints.casework.boundary.Withdrawals;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.json.JsonBuilders;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.domain.model.Debtor;
import se.inkasso.complaints.domain.repository.ClaimRepository;
import se.inkasso.complaints.escalation.boundary.Reviews;
import se.inkasso.complaints.intake.boundary.Attachments;
import se.inkasso.complaints.intake.boundary.Correspondence;
import se.inkasso.complaints.intake.boundary.DebtorMessage;
import se.inkasso.complaints.intake.boundary.IntakeService;
import se.inkasso.complaints.intake.boundary.Receipt;
import se.inkasso.complaints.notification.boundary.Conversations;
import se.inkasso.complaints.notification.boundary.Inbox;
import se.inkasso.complaints.notification.boundary.InboxMessage;
import se.inkasso.complaints.notification.boundary.Letters;
import se.inkasso.complaints.web.api.command.AddToCase;
import se.inkasso.complaints.web.api.command.FileContact;
import se.inkasso.complaints.web.api.command.RequestReview;
import se.inkasso.complaints.web.api.command.Withdraw;
import se.inkasso.complaints.web.api.command.WriteMessage;
import se.inkasso.complaints.web.export.RegisterExtract;
import se.inkasso.complaints.web.security.Caller;
import se.inkasso.complaints.web.security.Roles;

/**
 * Mina sidor over HTTP: the logged-in debtor's claims and cases, and filing a complaint or an
 * objection. Only the caller's own data: anyone else's is 404, as if it did not exist.
 */
@Path("portal")
@RequestScoped
@RolesAllowed(Roles.DEBTOR)
@Produces(MediaType.APPLICATION_JSON)
public class PortalResource {

    private static final int MESSAGES_SHOWN = 200;

    @Inject
    Caller caller;

    @Inject
    ClaimRepository claims;

    @Inject
    CaseFiles caseFiles;

    @Inject
    CaseFileJson caseFileJson;

    @Inject
    RequestReader requests;

    @Inject
    IntakeService intake;

    @Inject
    Views views;

    @Inject
    Inbox inbox;

    @Inject
    Reviews reviews;

    @Inject
    Letters letters;

    @Inject
    Attachments attachments;

    @Inject
    Correspondence correspondence;

    @Inject
    Withdrawals withdrawals;

    @Inject
    RegisterExtract extract;

    @Inject
    Conversations conversations;

    @Context
    UriInfo uri;

    @GET
    @Path("claims")
    @Transactional
    public JsonArray claims() {
        JsonArrayBuilder list = JsonBuilders.array();
        claims.findByDebtor(caller.debtor().id()).forEach(claim -> list.add(views.portalClaim(claim)));
        return list.build();
    }

    /** Files a complaint or an objection, or both (D1); a repeat with the same Idempotency-Key creates nothing (D5). */
    @POST
    @Path("cases")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response file(JsonObject body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Debtor debtor = caller.debtor();
        FileContact filing = requests.read(body, FileContact.class);
        Receipt receipt = intake.receive(ContactRequests.submission(filing, Channel.PORTAL, debtor.id(),
                "debtor:" + debtor.id(), idempotencyKey, null, null));
        JsonObject answer = caseFileJson.receipt(receipt.contactId(), receipt.repeated(), true);
        return Response.created(uri.getBaseUriBuilder().path("portal/cases").path(answer.getString("reference"))
                .build()).entity(answer).build();
    }

    @GET
    @Path("cases")
    @Transactional
    public JsonArray cases() {
        JsonArrayBuilder list = JsonBuilders.array();
        caseFiles.allOfDebtor(caller.debtor().id()).forEach(file -> list.add(caseFileJson.debtor(file)));
        return list.build();
    }

    @GET
    @Path("cases/{reference}")
    @Transactional
    public JsonObject caseFile(@PathParam("reference") String reference) {
        return caseFileJson.debtor(ownCase(reference));
    }

    /** One of the caller's cases, as they see it; anyone else's does not exist for them. */
    private CaseFile ownCase(String reference) {
        return caseFiles.ofDebtor(CaseReferences.parse(reference), caller.debtor().id())
                .orElseThrow(NotFoundException::new);
    }

    /**
     * Not satisfied with the answer (D16): asks for the complaints officer's review, with a
     * {@code reason}. 201 with the review and its date; 409 while the case is not answered yet.
     */
    @POST
    @Path("cases/{reference}/review-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response requestReview(@PathParam("reference") String reference, JsonObject body) {
        RequestReview command = requests.read(body, RequestReview.class);
        CaseFile own = ownCase(reference);
        var review = reviews.request(new CaseReference(own.reference()), command.reason(), "debtor", Channel.PORTAL);
        return Response.status(Response.Status.CREATED)
                .entity(EscalationJson.review(review, own.reference(), false).build()).build();
    }

    /**
     * Adds {@code text} to one of the caller's open cases (D25): on its timeline; the clocks go on
     * as they were. 201 with the case; 409 once it has ended. Documents go with an addition on the
     * case's page.
     */
    @POST
    @Path("cases/{reference}/additions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("reference") String reference, JsonObject body) {
        AddToCase command = requests.read(body, AddToCase.class);
        CaseFile own = ownCase(reference);
        correspondence.add(new DebtorMessage(caller.debtor().id(), own.id(), command.text(), List.of()));
        return Response.created(uri.getBaseUriBuilder().path("portal/cases").path(own.reference()).build())
                .entity(caseFileJson.debtor(ownCase(reference))).build();
    }

    /**
     * Withdraws one of the caller's cases while it waits for its answer (D26), with an optional
     * {@code reason}; 200 with the case, now WITHDRAWN; 409 once it has been answered or ended.
     */
    @POST
    @Path("cases/{reference}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public JsonObject withdraw(@PathParam("reference") String reference, JsonObject body) {
        Withdraw command = requests.read(body, Withdraw.class);
        CaseFile own = ownCase(reference);
        withdrawals.withdraw(new CaseReference(own.reference()), caller.debtor().id(), command.reason());
        return caseFileJson.debtor(ownCase(reference));
    }

    /** A document the caller sent with one of their own cases or a message about it (#8, D24). */
    @GET
    @Path("cases/{reference}/attachments/{id}")
    @Produces(MediaType.WILDCARD)
    @Transactional
    public Response attachment(@PathParam("reference") String reference, @PathParam("id") String id) {
        CaseFile own = ownCase(reference);
        return attachments.find(own.id(), own.contactId(), Parameters.id(id))
                .map(Documents::download).orElseThrow(NotFoundException::new);
    }

    /**
     * The messages both ways (D24) and the notices of letters, newest first, each with its case's
     * reference; the number of unread messages is in the {@code X-Unread-Count} header.
     */
    @GET
    @Path("messages")
    @Transactional
    public Response messages() {
        long debtorId = caller.debtor().id();
        Map<Long, String> references = caseFiles.allOfDebtor(debtorId).stream()
                .collect(Collectors.toMap(CaseFile::id, CaseFile::reference));
        JsonArrayBuilder list = JsonBuilders.array();
        inbox.of(debtorId, MESSAGES_SHOWN).forEach(message -> list.add(inboxItem(message, references)));
        return Response.ok(list.build()).header("X-Unread-Count", inbox.unread(debtorId)).build();
    }

    /**
     * Writes to the agency (D24): {@code text}, and {@code caseReference} for one of the caller's
     * cases or none for a message in general. 201 with the message.
     */
    @POST
    @Path("messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response write(JsonObject body) {
        WriteMessage command = requests.read(body, WriteMessage.class);
        long debtorId = caller.debtor().id();
        Long caseId = command.caseReference() == null ? null : ownCase(command.caseReference()).id();
        String contact = correspondence.write(new DebtorMessage(debtorId, caseId, command.text(), List.of()));
        InboxMessage written = conversations.ofContact(contact).orElseThrow();
        JsonObjectBuilder answer = JsonBuilders.object(caseFileJson.message(written, false));
        if (command.caseReference() != null) {
            answer.add("caseReference", CaseReferences.parse(command.caseReference()).value());
        }
        return Response.created(uri.getBaseUriBuilder().path("portal/messages").build()).entity(answer.build())
                .build();
    }

    @POST
    @Path("messages/{id}/read")
    public Response read(@PathParam("id") String id) {
        inbox.read(caller.debtor().id(), Parameters.id(id)).orElseThrow(NotFoundException::new);
        return Response.noContent().build();
    }

    /** The forms a register extract comes in. */
    private enum ExtractFormat {
        JSON, PDF
    }

    private static JsonObject inboxItem(InboxMessage message, Map<Long, String> references) {
        JsonObjectBuilder item = JsonBuilders.object().add("id", message.id())
                .add("direction", message.direction().name()).add("body", message.body())
                .add("sentAt", message.createdAt().toString()).add("unread", message.unread());
        if (message.subject() != null) {
            item.add("subject", message.subject());
        }
        if (message.caseId() != null && references.containsKey(message.caseId())) {
            item.add("caseReference", references.get(message.caseId()));
        }
        if (message.letterId() != null) {
            item.add("letter", "/api/portal/letters/" + message.letterId());
        }
        if (message.readAt() != null) {
            item.add("readAt", message.readAt().toString());
        }
        return item.build();
    }

    /**
     * The register extract (D29): everything held about the caller, as JSON, or as a PDF in
     * their language with {@code Accept: application/pdf} or {@code ?format=pdf} (a link in a page).
     */
    @GET
    @Path("personal-data")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf"})
    public Response personalData(@Context HttpHeaders headers, @QueryParam("format") String format) {
        Debtor debtor = caller.debtor();
        boolean pdf = format == null ? headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> "application".equals(type.getType()) && "pdf".equals(type.getSubtype()))
                : Parameters.choice("format", format, ExtractFormat.class) == ExtractFormat.PDF;
        if (pdf) {
            return Pdfs.inline(extract.pdf(debtor), "registerutdrag.pdf");
        }
        return Response.ok(extract.json(debtor), MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"registerutdrag.json\"").build();
    }

    /** A letter of the caller's, as a PDF shown in the browser; opening it reads its message. */
    @GET
    @Path("letters/{id}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response letter(@PathParam("id") String id) {
        long debtorId = caller.debtor().id();
        long letterId = Parameters.id(id);
        byte[] pdf = letters.pdfFor(debtorId, letterId).orElseThrow(NotFoundException::new);
        inbox.letterOpened(debtorId, letterId);
        return Pdfs.inline(pdf, "letter-" + letterId + ".pdf");
    }
}

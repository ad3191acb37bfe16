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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import se.inkasso.complaints.casework.boundary.CaseFile;
import se.inkasso.complaints.casework.boundary.CaseFiles;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.json.JsonBuilders;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.domain.model.Debtor;
import se.inkasso.complaints.domain.repository.ClaimRepository;
import se.inkasso.complaints.escalation.boundary.Reviews;
import se.inkasso.complaints.intake.boundary.Attachments;
import se.inkasso.complaints.intake.boundary.IntakeService;
import se.inkasso.complaints.intake.boundary.Receipt;
import se.inkasso.complaints.notification.boundary.Inbox;
import se.inkasso.complaints.notification.boundary.InboxMessage;
import se.inkasso.complaints.notification.boundary.Letters;
import se.inkasso.complaints.web.api.command.FileContact;
import se.inkasso.complaints.web.api.command.RequestReview;
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

    /** A document the caller sent with one of their own cases (#8). */
    @GET
    @Path("cases/{reference}/attachments/{id}")
    @Produces(MediaType.WILDCARD)
    @Transactional
    public Response attachment(@PathParam("reference") String reference, @PathParam("id") String id) {
        return Optional.ofNullable(ownCase(reference).contactId())
                .flatMap(contact -> attachments.find(contact, Parameters.id(id)))
                .map(Documents::download).orElseThrow(NotFoundException::new);
    }

    /** The inbox, newest first; the number of unread messages is in the {@code X-Unread-Count} header. */
    @GET
    @Path("messages")
    public Response messages() {
        long debtorId = caller.debtor().id();
        JsonArrayBuilder list = JsonBuilders.array();
        for (InboxMessage message : inbox.of(debtorId, MESSAGES_SHOWN)) {
            JsonObjectBuilder item = JsonBuilders.object().add("id", message.id()).add("subject", message.subject())
                    .add("body", message.body()).add("sentAt", message.createdAt().toString())
                    .add("unread", message.unread()).add("letter", "/api/portal/letters/" + message.letterId());
            if (message.readAt() != null) {
                item.add("readAt", message.readAt().toString());
            }
            list.add(item);
        }
        return Response.ok(list.build()).header("X-Unread-Count", inbox.unread(debtorId)).build();
    }

    @POST
    @Path("messages/{id}/read")
    public Response read(@PathParam("id") String id) {
        inbox.read(caller.debtor().id(), Parameters.id(id)).orElseThrow(NotFoundException::new);
        return Response.noContent().build();
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

package se.inkasso.complaints.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import java.time.Instant;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.FieldError;
import se.inkasso.complaints.domain.identity.Personnummer;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.domain.model.Debtor;
import se.inkasso.complaints.domain.repository.CaseRepository;
import se.inkasso.complaints.domain.repository.DebtorRepository;
import se.inkasso.complaints.intake.boundary.IntakeService;
import se.inkasso.complaints.intake.boundary.Receipt;
import se.inkasso.complaints.web.security.Caller;
import se.inkasso.complaints.web.security.Roles;

/** Cases for staff: registering a phone call on the debtor's behalf (D2), and one case in full. */
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

    @GET
    @Path("{reference}")
    @Transactional
    public JsonObject caseFile(@PathParam("reference") String reference) {
        return views.staffCase(CaseReferences.find(cases, reference).orElseThrow(NotFoundException::new));
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

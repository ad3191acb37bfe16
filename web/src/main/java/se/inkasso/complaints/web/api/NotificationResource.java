package se.inkasso.complaints.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import se.inkasso.complaints.domain.casefile.CaseLookup;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.json.JsonBuilders;
import se.inkasso.complaints.notification.boundary.DeliveryStatus;
import se.inkasso.complaints.notification.boundary.Letters;
import se.inkasso.complaints.notification.boundary.Outbox;
import se.inkasso.complaints.notification.boundary.OutboxItem;
import se.inkasso.complaints.web.security.Roles;

/**
 * The outbox for staff (D19): what is waiting, what was given up (the dead-letter list) and sending
 * it again; and any letter's PDF.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.COMPLAINTS_OFFICER, Roles.TEAM_LEAD, Roles.ADMIN})
public class NotificationResource {

    private static final int LISTED = 500;

    @Inject
    Outbox outbox;

    @Inject
    Letters letters;

    @Inject
    CaseLookup cases;

    /**
     * {@code status}: PENDING, SENT, DEAD (default) or CANCELLED, oldest first; or {@code case}: every
     * notification of that case.
     */
    @GET
    @Path("notifications")
    public JsonObject list(@QueryParam("status") @DefaultValue("DEAD") String status,
            @QueryParam("case") String reference) {
        List<OutboxItem> found = reference == null
                ? outbox.list(Parameters.choice("status", status, DeliveryStatus.class), LISTED)
                : outbox.ofCase(cases.find(CaseReferences.parse(reference)).orElseThrow(NotFoundException::new).id());
        Map<Long, CaseReference> references = cases.references(found.stream().map(OutboxItem::caseId).toList());
        JsonArrayBuilder items = JsonBuilders.array();
        found.forEach(item -> items.add(json(item).add("case", references.get(item.caseId()).value())));
        JsonObjectBuilder counts = JsonBuilders.object();
        outbox.counts().forEach((state, count) -> counts.add(state.name(), count));
        return JsonBuilders.object().add("items", items).add("counts", counts).build();
    }

    @POST
    @Path("notifications/{id}/retry")
    @RolesAllowed({Roles.TEAM_LEAD, Roles.ADMIN})
    public JsonObject retry(@PathParam("id") String id) {
        OutboxItem item = outbox.retry(Parameters.id(id));
        return json(item).add("case", cases.references(List.of(item.caseId())).get(item.caseId()).value()).build();
    }

    @GET
    @Path("letters/{id}")
    @Produces({Pdfs.TYPE, MediaType.APPLICATION_JSON})
    public Response letter(@PathParam("id") String id) {
        long letterId = Parameters.id(id);
        return Pdfs.inline(letters.pdf(letterId).orElseThrow(NotFoundException::new), "letter-" + letterId + ".pdf");
    }

    private static JsonObjectBuilder json(OutboxItem item) {
        JsonObjectBuilder json = JsonBuilders.object().add("id", item.id()).add("deliveryKey", item.deliveryKey())
                .add("channel", item.channel()).add("kind", item.kind()).add("caseId", item.caseId())
                .add("language", item.language()).add("status", item.status()).add("attempts", item.attempts())
                .add("createdAt", item.createdAt().toString())
                .add("nextAttemptAt", item.nextAttemptAt().toString());
        if (item.sentAt() != null) {
            json.add("sentAt", item.sentAt().toString());
        }
        if (item.lastError() != null) {
            json.add("lastError", item.lastError());
        }
        return json;
    }
}

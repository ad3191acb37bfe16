package se.inkasso.complaints.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import se.inkasso.complaints.domain.json.JsonBuilders;
import se.inkasso.complaints.notification.boundary.PrintBatchInfo;
import se.inkasso.complaints.notification.boundary.PrintExport;
import se.inkasso.complaints.web.security.Caller;
import se.inkasso.complaints.web.security.Roles;

/**
 * Print batches for the print house: the day's postal letters as one PDF and a manifest. Made every
 * day by the schedule; a team lead can make one now.
 */
@Path("print-batches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TEAM_LEAD, Roles.ADMIN})
public class PrintBatchResource {

    private static final int LISTED = 100;

    @Inject
    PrintExport print;

    @Inject
    Caller caller;

    @GET
    public JsonObject list() {
        JsonArrayBuilder items = JsonBuilders.array();
        print.list(LISTED).forEach(batch -> items.add(json(batch)));
        return JsonBuilders.object().add("items", items).build();
    }

    /** 201 with the batch; 204 when no letter is waiting for print. */
    @POST
    public Response create() {
        return print.create(caller.name())
                .map(batch -> Response.status(Response.Status.CREATED).entity(json(batch).build()).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @GET
    @Path("{id}/letters.pdf")
    @Produces({Pdfs.TYPE, MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("id") String id) {
        long batchId = Parameters.id(id);
        print.letters(batchId);
        StreamingOutput body = out -> print.writePdf(batchId, out);
        return Pdfs.inline(body, "print-batch-" + batchId + ".pdf");
    }

    @GET
    @Path("{id}/manifest.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response manifest(@PathParam("id") String id) {
        long batchId = Parameters.id(id);
        print.letters(batchId);
        StreamingOutput body = out -> print.writeManifest(batchId, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"print-batch-" + batchId + ".csv\"").build();
    }

    private static JsonObjectBuilder json(PrintBatchInfo batch) {
        return JsonBuilders.object().add("id", batch.id()).add("createdAt", batch.createdAt().toString())
                .add("cutoff", batch.cutoff().toString()).add("letters", batch.letters())
                .add("createdBy", batch.createdBy())
                .add("pdf", "/api/print-batches/" + batch.id() + "/letters.pdf")
                .add("manifest", "/api/print-batches/" + batch.id() + "/manifest.csv");
    }
}

package se.inkasso.complaints.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.inkasso.complaints.domain.json.JsonBuilders;
import se.inkasso.complaints.intake.boundary.ScamReportInfo;
import se.inkasso.complaints.web.api.command.ReportScam;
import se.inkasso.complaints.intake.boundary.ScamReportService;
import se.inkasso.complaints.web.security.Roles;

/** Reports of messages that falsely claim to come from the agency (D18): anyone may send one. */
@Path("scam-reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScamReportResource {

    private static final int MAX_PAGE_SIZE = 200;

    @Inject
    ScamReportService reports;

    @Inject
    RequestReader requests;

    @Inject
    Views views;

    @Context
    HttpServletRequest request;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(JsonObject body) {
        ReportScam scam = requests.read(body, ReportScam.class);
        ScamReportInfo report = reports.report(scam.receivedAt(), scam.sender(), scam.text(),
                request.getRemoteAddr());
        return Response.status(Response.Status.CREATED).entity(views.scamReport(report)).build();
    }

    /** The newest reports first, for the fraud team. */
    @GET
    @RolesAllowed({Roles.AGENT, Roles.COMPLAINTS_OFFICER, Roles.TEAM_LEAD, Roles.ADMIN})
    public JsonObject list(@QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("50") String size) {
        int pageNumber = Parameters.integer("page", page, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        int pageSize = Parameters.integer("size", size, 1, MAX_PAGE_SIZE);
        JsonArrayBuilder items = JsonBuilders.array();
        reports.newest(pageNumber * pageSize, pageSize).forEach(report -> items.add(views.scamReport(report)));
        return JsonBuilders.object().add("page", pageNumber).add("size", pageSize).add("items", items).build();
    }
}

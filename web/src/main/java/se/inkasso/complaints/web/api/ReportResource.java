package se.inkasso.complaints.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.inkasso.complaints.casework.boundary.FollowUp;
import se.inkasso.complaints.casework.boundary.FollowUpReport;
import se.inkasso.complaints.domain.InvalidFieldsException;
import se.inkasso.complaints.domain.json.JsonBuilders;
import se.inkasso.complaints.web.export.TableWriter;
import se.inkasso.complaints.web.security.Roles;

/**
 * The follow-up report (D15) for management: {@code from} and {@code to} (received dates,
 * inclusive), optionally {@code creditor}; JSON, or CSV with {@code format=csv}.
 */
@Path("reports/complaints")
@RequestScoped
@RolesAllowed({Roles.TEAM_LEAD, Roles.COMPLAINTS_OFFICER, Roles.ADMIN})
public class ReportResource {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    @Inject
    FollowUp followUp;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response report(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("creditor") String creditor, @QueryParam("format") String format) {
        LocalDate first = Parameters.date("from", from, FIRST_YEAR, LAST_YEAR);
        LocalDate last = Parameters.date("to", to, FIRST_YEAR, LAST_YEAR);
        if (last.isBefore(first)) {
            throw new InvalidFieldsException("to", "report.range");
        }
        Long creditorId = creditor == null || creditor.isBlank() ? null
                : (long) Parameters.integer("creditor", creditor, 1, Integer.MAX_VALUE);
        FollowUpReport report = followUp.report(first, last, creditorId);
        if ("csv".equalsIgnoreCase(format)) {
            return Response.ok(csv(report), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"complaints-" + first + "-" + last + ".csv\"")
                    .build();
        }
        return Response.ok(json(report).build(), MediaType.APPLICATION_JSON).build();
    }

    private static JsonObjectBuilder json(FollowUpReport report) {
        JsonObjectBuilder sections = JsonBuilders.object();
        report.sections().forEach((name, counts) -> {
            JsonObjectBuilder section = JsonBuilders.object();
            counts.forEach(section::add);
            sections.add(name, section);
        });
        JsonObjectBuilder json = JsonBuilders.object()
                .add("from", report.from().toString())
                .add("to", report.to().toString())
                .add("total", report.total())
                .add("counts", sections)
                .add("deadlines", JsonBuilders.object()
                        .add("responseMet", report.responseMet())
                        .add("responseBreached", report.responseBreached())
                        .add("acknowledgementBreached", report.acknowledgementBreached())
                        .add("ceilingBreached", report.ceilingBreached()))
                .add("redressTotal", report.redressTotal().setScale(2).toPlainString())
                .add("currency", "SEK");
        if (report.creditorId() != null) {
            json.add("creditor", report.creditorId());
        }
        if (report.medianHandlingBusinessDays() != null) {
            json.add("medianHandlingBusinessDays", report.medianHandlingBusinessDays());
        }
        return json;
    }

    /** One line per figure: section, key, value. Cells that a spreadsheet would run are neutralised. */
    static String csv(FollowUpReport report) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"section", "key", "value"});
        rows.add(new String[] {"period", "from", report.from().toString()});
        rows.add(new String[] {"period", "to", report.to().toString()});
        rows.add(new String[] {"total", "cases", String.valueOf(report.total())});
        report.sections().forEach((name, counts) -> counts.forEach((key, count) ->
                rows.add(new String[] {name, key, String.valueOf(count)})));
        rows.add(new String[] {"deadlines", "responseMet", String.valueOf(report.responseMet())});
        rows.add(new String[] {"deadlines", "responseBreached", String.valueOf(report.responseBreached())});
        rows.add(new String[] {"deadlines", "acknowledgementBreached", String.valueOf(report.acknowledgementBreached())});
        rows.add(new String[] {"deadlines", "ceilingBreached", String.valueOf(report.ceilingBreached())});
        rows.add(new String[] {"handling", "medianBusinessDays", report.medianHandlingBusinessDays() == null ? ""
                : String.valueOf(report.medianHandlingBusinessDays())});
        rows.add(new String[] {"redress", "totalSEK", report.redressTotal().setScale(2).toPlainString()});
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        try (TableWriter table = TableWriter.plainCsv(csv)) {
            for (String[] row : rows) {
                table.row(List.of(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString(StandardCharsets.UTF_8);
    }
}

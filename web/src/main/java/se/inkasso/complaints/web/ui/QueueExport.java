package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import se.inkasso.complaints.casework.boundary.CaseQueue;
import se.inkasso.complaints.casework.boundary.DueStates;
import se.inkasso.complaints.casework.boundary.QueueFilter;
import se.inkasso.complaints.casework.boundary.QueueRow;
import se.inkasso.complaints.casework.boundary.QueueSort;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.web.export.TableWriter;

/**
 * The queue as filtered on screen, taken away as CSV or XLSX: read and written a slice at a time,
 * with the same columns (and masked personnummer, D21) as the page.
 */
@RequestScoped
public class QueueExport {

    /** A spreadsheet holds about a million rows; beyond this an export is a report, not a queue. */
    static final int MOST_ROWS = 250_000;
    private static final int SLICE = 2_000;
    private static final List<String> COLUMNS = List.of("queue.col.reference", "queue.col.type", "queue.col.status",
            "queue.col.debtor", "export.personnummer", "queue.col.creditor", "queue.col.received", "queue.col.due",
            "export.dueState", "queue.col.handler", "queue.filter.queue", "export.channel");

    @Inject
    CaseQueue cases;

    @Inject
    DueStates dueStates;

    @Inject
    Texts texts;

    /** Writes the file as the answer to this request and ends the JSF life cycle. */
    public void send(QueueFilter filter, boolean xlsx) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String name = "cases-" + LocalDate.now(BusinessCalendar.ZONE) + (xlsx ? ".xlsx" : ".csv");
        external.responseReset();
        external.setResponseContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        try (OutputStream out = external.getResponseOutputStream();
                TableWriter table = xlsx ? TableWriter.xlsx(out, texts.get("queue.title")) : TableWriter.csv(out)) {
            write(filter, table);
        }
        faces.responseComplete();
    }

    void write(QueueFilter filter, TableWriter table) throws IOException {
        table.row(COLUMNS.stream().map(texts::get).toList());
        LocalDate today = LocalDate.now(BusinessCalendar.ZONE);
        for (int first = 0; first < MOST_ROWS; first += SLICE) {
            List<QueueRow> slice = cases.queueRows(filter, QueueSort.RESPONSE_DUE, false, first,
                    Math.min(SLICE, MOST_ROWS - first));
            for (QueueRow row : slice) {
                table.row(java.util.Arrays.asList(row.reference().value(), texts.get("type." + row.type().name()),
                        texts.get("status." + row.status().name()), row.debtorName(), row.debtorPersonnummer().masked(),
                        row.creditorName(), row.receivedAt().atZone(BusinessCalendar.ZONE).toLocalDate(),
                        row.responseDue(), texts.get("due." + dueStates.of(row.responseDue(), today).name()), row.handler(),
                        row.queue(), row.channel().name()));
            }
            if (slice.size() < SLICE) {
                return;
            }
        }
    }
}

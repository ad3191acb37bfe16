package se.inkasso.complaints.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The deadline job (#9, 3): the application's scan of the open cases, run now through
 * {@code POST /api/deadline-scans}, against the plain way of finding the same due clocks: one
 * set-based statement that claims every due response clock (rolled back, so the application
 * still finds them all).
 */
final class DeadlineBench {

    private final Application application;
    private final Connection database;

    DeadlineBench(Application application, Connection database) {
        this.application = application;
        this.database = database;
    }

    void run(Report report) throws Exception {
        Backlog.drain(database);
        long plainStart = System.nanoTime();
        long claimed;
        database.setAutoCommit(false);
        try (Statement statement = database.createStatement()) {
            claimed = statement.executeUpdate("insert into deadline_notice (case_id, kind, due_date, noticed_at)"
                    + " select id, 'RESPONSE', response_due, now() from cases where is_open"
                    + " and response_due <= current_date + 3 on conflict do nothing");
        } finally {
            database.rollback();
            database.setAutoCommit(true);
        }
        double plainSeconds = (System.nanoTime() - plainStart) / 1e9;
        long open;
        try (Statement statement = database.createStatement(); ResultSet count = statement.executeQuery(
                "select count(*) from cases where is_open")) {
            count.next();
            open = count.getLong(1);
        }
        JsonObject scan = scan();
        double seconds = scan.getJsonNumber("millis").longValue() / 1000.0;
        report.add(new Report.Figure("deadline scan of the data set: " + scan.getInt("looked") + " with clocks due of "
                + open + " open (" + claimed + " response targets due)", seconds, "s", plainSeconds,
                "< 10 s for 200,000 cases", seconds < 10));
        // every ten minutes after that: the same cases, nothing new to announce
        JsonObject rescan = scan();
        report.add(new Report.Figure("deadline scan again, nothing new: " + rescan.getInt("looked") + " cases",
                rescan.getJsonNumber("millis").longValue() / 1000.0, "s", Double.NaN, "(steady state)", true));
    }

    private JsonObject scan() throws Exception {
        String answer = application.send(application.request("api/deadline-scans", "admin")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), 200);
        return Json.createReader(new StringReader(answer)).readObject();
    }
}

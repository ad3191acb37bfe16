package se.inkasso.complaints.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;

/**
 * The queue page (#9, 1): {@code GET /api/cases} for the busiest queue sorted by response due,
 * its first page and a deep one, the whole queue in every state, and a creditor's overdue cases,
 * each against the same two statements (the page and its total) run directly over JDBC.
 */
final class QueueBench {

    private static final int SIZE = 25;
    private static final String OPEN = "c.is_open";
    /** The statements the application's queue runs (CaseRepository.queueRows, queueTotal). */
    private static final String IDS = "select c.id from cases c where %s order by c.response_due, c.id offset ? limit ?";
    private static final String ROWS = "select c.reference, c.type, c.status, c.channel, c.language, d.personnummer,"
            + " d.name, cr.id, cr.name, c.received_at, c.acknowledgement_due, c.response_due, c.handler, c.queue,"
            + " c.version from cases c join debtor d on d.id = c.debtor_id join creditor cr on cr.id = c.creditor_id"
            + " where c.id = any (?) order by c.response_due, c.id";

    private record Scenario(String name, String query, String where, List<Object> parameters, int page) {
    }

    private final Application application;
    private final Connection database;
    private final int requests;

    QueueBench(Application application, Connection database, int requests) {
        this.application = application;
        this.database = database;
        this.requests = requests;
    }

    void run(Report report) throws Exception {
        String queue = single("select queue from cases c where " + OPEN + " group by queue order by count(*) desc limit 1");
        LocalDate today = LocalDate.now(BusinessCalendar.ZONE);
        String creditor = single("select creditor_id from cases c where " + OPEN + " and response_due < '" + today
                + "' group by creditor_id order by count(*) desc limit 1");
        long open = Long.parseLong(single("select count(*) from cases c where " + OPEN + " and queue = '" + queue + "'"));
        long all = Long.parseLong(single("select count(*) from cases c where queue = '" + queue + "'"));
        String encoded = URLEncoder.encode(queue, StandardCharsets.UTF_8);
        List<Scenario> scenarios = List.of(
                new Scenario("open cases of queue " + queue + ", page 1", "queue=" + encoded,
                        OPEN + " and c.queue = ?", List.of(queue), 0),
                new Scenario("open cases, deep page (" + (int) (open * 0.8) + " in)", "queue=" + encoded,
                        OPEN + " and c.queue = ?", List.of(queue), (int) (open * 0.8 / SIZE)),
                new Scenario("every state (" + all + " cases), deep page", "status=ALL&queue=" + encoded,
                        "c.queue = ?", List.of(queue), (int) (all * 0.8 / SIZE)),
                new Scenario("creditor " + creditor + ", overdue, page 1", "overdue=true&creditor=" + creditor,
                        OPEN + " and c.creditor_id = ? and c.response_due < ?",
                        List.of(Long.parseLong(creditor), java.sql.Date.valueOf(today)), 0));
        for (Scenario scenario : scenarios) {
            measure(scenario, report);
        }
    }

    private void measure(Scenario scenario, Report report) throws Exception {
        var request = application.request("api/cases?" + scenario.query() + "&sort=responseDue&size=" + SIZE
                + "&page=" + scenario.page(), "agent001").GET().build();
        Latencies.Work api = i -> application.send(request, 200);
        Latencies.Work plain = i -> plain(scenario);
        Latencies.of(requests / 5, api);
        Latencies.of(requests / 5, plain);
        Latencies served = Latencies.of(requests, api);
        Latencies direct = Latencies.of(requests, plain);
        report.add(new Report.Figure("queue p50: " + scenario.name(), served.percentile(50), "ms",
                direct.percentile(50), "(p95 counts)", true));
        double p95 = served.percentile(95);
        double plainP95 = direct.percentile(95);
        report.add(new Report.Figure("queue p95: " + scenario.name(), p95, "ms", plainP95, "< 50 ms, <= 1.5x plain",
                p95 < 50 && p95 <= 1.5 * plainP95));
    }

    private void plain(Scenario scenario) throws SQLException {
        List<Long> page = new java.util.ArrayList<>();
        try (PreparedStatement ids = database.prepareStatement(String.format(IDS, scenario.where()))) {
            int index = bind(ids, scenario.parameters());
            ids.setInt(index, scenario.page() * SIZE);
            ids.setInt(index + 1, SIZE);
            try (ResultSet found = ids.executeQuery()) {
                while (found.next()) {
                    page.add(found.getLong(1));
                }
            }
        }
        try (PreparedStatement rows = database.prepareStatement(ROWS)) {
            rows.setArray(1, database.createArrayOf("bigint", page.toArray()));
            try (ResultSet found = rows.executeQuery()) {
                while (found.next()) {
                    found.getString(1);
                }
            }
        }
        try (PreparedStatement total = database.prepareStatement("select count(*) from cases c where "
                + scenario.where())) {
            bind(total, scenario.parameters());
            try (ResultSet count = total.executeQuery()) {
                count.next();
            }
        }
    }

    private static int bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        int index = 1;
        for (Object parameter : parameters) {
            statement.setObject(index++, parameter);
        }
        return index;
    }

    private String single(String sql) throws SQLException {
        try (var statement = database.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            if (!row.next()) {
                throw new IllegalStateException("The data set has no answer to " + sql + ": generate it first");
            }
            return row.getString(1);
        }
    }
}

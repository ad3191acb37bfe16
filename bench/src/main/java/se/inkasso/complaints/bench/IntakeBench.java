package se.inkasso.complaints.bench;

import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Intake under a campaign's load (#9, 2): concurrent debtors filing complaints with
 * {@code POST /api/portal/cases} for a while, after a warm-up of the same filings, against the
 * same rows (contact, case, timeline, outbox) inserted and committed one case per transaction
 * over plain JDBC by as many threads: the database's commit limit on this machine. The plain rows
 * are removed afterwards. Then, once the dispatcher has delivered the filings' letters, the floor:
 * the same clients on a logged-in API request that touches no database, what the server's
 * request pipeline alone costs here.
 */
final class IntakeBench {

    private record Debtor(String personnummer, String claim, long debtorId, long claimId, long creditorId) {
    }

    private final Application application;
    private final BenchOptions options;
    private final Connection database;

    IntakeBench(Application application, BenchOptions options, Connection database) {
        this.application = application;
        this.options = options;
        this.database = database;
    }

    void run(Report report) throws Exception {
        List<Debtor> debtors = debtors();
        AtomicLong peakMiB = new AtomicLong();
        ClientWork filing = (client, i) -> {
            Debtor debtor = debtorOf(debtors, client);
            HttpRequest request = application.request("api/portal/cases", debtor.personnummer())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"COMPLAINT\",\"claimReference\":\""
                            + debtor.claim() + "\",\"category\":\"SERVICE\",\"description\":\"Ingen har svarat"
                            + " på mitt brev " + UUID.randomUUID() + ".\"}"))
                    .build();
            application.send(request, 201);
            if (i % 50 == 0) {
                peakMiB.accumulateAndGet((long) application.residentMiB(), Math::max);
            }
        };
        // a server runs for days: the figure is the compiled code's, not the first minute's
        load(filing, options.intakeWarmupSeconds());
        Backlog.drain(database);
        double cpuBefore = application.cpuSeconds();
        Latencies served = load(filing, options.intakeSeconds());
        double cpuPerCase = (application.cpuSeconds() - cpuBefore) * 1000 / served.count();
        Backlog letters = Backlog.drain(database);
        // what any API request costs here, to set the filing's cost against
        double floorCpuBefore = application.cpuSeconds();
        Latencies floor = load((client, i) -> application.send(application.request(
                "api/calendar/business-days?from=2026-12-01&add=10", "agent001").build(), 200),
                options.intakeSeconds());
        double cpuPerRequest = (application.cpuSeconds() - floorCpuBefore) * 1000 / floor.count();
        List<Long> plainCases = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Connection> connections = java.util.Collections.synchronizedList(new ArrayList<>());
        // one connection per client, as a pool would hand out
        ThreadLocal<Connection> connection = ThreadLocal.withInitial(() -> {
            try {
                Connection opened = DriverManager.getConnection(options.dbUrl(), options.dbUser(), options.dbPassword());
                opened.setAutoCommit(false);
                connections.add(opened);
                return opened;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Latencies direct;
        try {
            direct = load((client, i) -> plainCases.add(insert(connection.get(), debtorOf(debtors, client))),
                    options.intakeSeconds());
        } finally {
            for (Connection opened : connections) {
                opened.close();
            }
            remove(plainCases);
        }
        double rate = served.count() / (double) options.intakeSeconds();
        double plainRate = direct.count() / (double) options.intakeSeconds();
        report.add(new Report.Figure("intake, " + options.intakeClients() + " clients: cases per second", rate,
                "cases/s", plainRate, ">= 50% of plain", rate >= 0.5 * plainRate));
        report.add(new Report.Figure("intake p95", served.percentile(95), "ms", direct.percentile(95), "(rate counts)",
                true));
        report.add(new Report.Figure("application CPU per filed case (request and its letter so far)", cpuPerCase,
                "ms", Double.NaN, "(explains the rate)", true));
        report.add(new Report.Figure("after it, the dispatcher delivering the " + letters.notifications()
                + " letters still due", letters.seconds(), "s", Double.NaN, "(nothing accepted is lost)", true));
        report.add(new Report.Figure("the floor: a logged-in API request without database work, requests/s",
                floor.count() / (double) options.intakeSeconds(), "req/s", Double.NaN, "(explains the rate)", true));
        report.add(new Report.Figure("application CPU per request of the floor", cpuPerRequest, "ms", Double.NaN,
                "(explains the rate)", true));
        report.add(new Report.Figure("resident memory under intake load", peakMiB.get(), "MiB", Double.NaN,
                "< 768 MiB", peakMiB.get() < 768));
    }

    /** Work of one client; {@code call} counts the calls of all clients. */
    @FunctionalInterface
    private interface ClientWork {
        void run(int client, int call) throws Exception;
    }

    /**
     * A debtor of this client's own share: two clients never file for one debtor at the same
     * moment (the second would be told of the first's change, 409, and have to send again).
     */
    private Debtor debtorOf(List<Debtor> debtors, int client) {
        int share = debtors.size() / options.intakeClients();
        return debtors.get(client * share + ThreadLocalRandom.current().nextInt(share));
    }

    /** Runs {@code work} on every client for {@code seconds}; answers each call's duration. */
    private Latencies load(ClientWork work, int seconds) throws Exception {
        Latencies latencies = new Latencies();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger calls = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(options.intakeClients());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < options.intakeClients(); c++) {
                int client = c;
                running.add(clients.submit(() -> {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        work.run(client, calls.getAndIncrement());
                        latencies.add(System.nanoTime() - start);
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }
        return latencies;
    }

    private List<Debtor> debtors() throws SQLException {
        List<Debtor> debtors = new ArrayList<>();
        try (var statement = database.createStatement(); ResultSet rows = statement.executeQuery(
                "select d.personnummer, k.reference, d.id, k.id, k.creditor_id from claim k join debtor d"
                        + " on d.id = k.debtor_id where k.collection_status = 'ACTIVE' order by k.id limit 20000")) {
            while (rows.next()) {
                debtors.add(new Debtor(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getLong(4),
                        rows.getLong(5)));
            }
        }
        return debtors;
    }

    /** The rows one filed complaint adds, in one transaction. */
    private static long insert(Connection connection, Debtor debtor) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        String contact = UUID.randomUUID().toString();
        try (PreparedStatement insert = connection.prepareStatement("insert into contact (id, channel, debtor_id,"
                + " caller, request_hash, received_at) values (?, 'PORTAL', ?, ?, ?, ?)")) {
            insert.setString(1, contact);
            insert.setLong(2, debtor.debtorId());
            insert.setString(3, debtor.personnummer());
            insert.setString(4, contact.replace("-", "") + contact.replace("-", ""));
            insert.setTimestamp(5, now);
            insert.executeUpdate();
        }
        long caseId;
        try (PreparedStatement insert = connection.prepareStatement("insert into cases (reference, type, channel,"
                + " status, debtor_id, claim_id, category, description, language, received_at,"
                + " acknowledgement_due, response_due, response_ceiling, policy_version, queue, contact_id,"
                + " creditor_id, is_open) values ('KL-2099-' || lpad(nextval('case_reference_seq')::text, 6, '0'),"
                + " 'COMPLAINT', 'PORTAL', 'REGISTERED', ?, ?, 'SERVICE', 'Ingen har svarat.', 'SV', ?, ?, ?, ?,"
                + " '2026-1', 'COMPLAINT-SV', ?, ?, true) returning id")) {
            LocalDate today = LocalDate.now();
            insert.setLong(1, debtor.debtorId());
            insert.setLong(2, debtor.claimId());
            insert.setTimestamp(3, now);
            insert.setObject(4, today.plusDays(1));
            insert.setObject(5, today.plusDays(21));
            insert.setObject(6, today.plusWeeks(8));
            insert.setString(7, contact);
            insert.setLong(8, debtor.creditorId());
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                caseId = id.getLong(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into timeline_entry (case_id, at,"
                + " actor, step, visible_to_debtor) values (?, ?, ?, 'case.received', true), (?, ?, 'system',"
                + " 'case.registered', true)")) {
            insert.setLong(1, caseId);
            insert.setTimestamp(2, now);
            insert.setString(3, debtor.personnummer());
            insert.setLong(4, caseId);
            insert.setTimestamp(5, now);
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into notification (delivery_key,"
                + " channel, kind, case_id, debtor_id, language, status, next_attempt_at, created_at) values"
                + " (?, 'LETTER', 'COMPLAINT_ACKNOWLEDGEMENT', ?, ?, 'SV', 'CANCELLED', ?, ?)")) {
            insert.setString(1, "plain-" + caseId);
            insert.setLong(2, caseId);
            insert.setLong(3, debtor.debtorId());
            insert.setTimestamp(4, now);
            insert.setTimestamp(5, now);
            insert.executeUpdate();
        }
        connection.commit();
        return caseId;
    }

    private void remove(List<Long> cases) throws SQLException {
        Long[] ids = cases.toArray(Long[]::new);
        database.setAutoCommit(false);
        try (PreparedStatement notifications = database.prepareStatement("delete from notification where case_id = any (?)");
                PreparedStatement timeline = database.prepareStatement("delete from timeline_entry where case_id = any (?)");
                PreparedStatement rows = database.prepareStatement(
                        "delete from cases where id = any (?) returning contact_id");
                PreparedStatement contacts = database.prepareStatement("delete from contact where id = ?")) {
            java.sql.Array array = database.createArrayOf("bigint", ids);
            notifications.setArray(1, array);
            notifications.executeUpdate();
            timeline.setArray(1, array);
            timeline.executeUpdate();
            rows.setArray(1, array);
            try (ResultSet removed = rows.executeQuery()) {
                while (removed.next()) {
                    contacts.setString(1, removed.getString(1));
                    contacts.addBatch();
                }
            }
            contacts.executeBatch();
            database.commit();
        } finally {
            database.setAutoCommit(true);
        }
    }
}

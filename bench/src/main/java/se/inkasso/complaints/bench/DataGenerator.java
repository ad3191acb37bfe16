package se.inkasso.complaints.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * Fills an empty PostgreSQL database with a reproducible agency (#9): migrates it with the
 * application's own Flyway migrations, writes every table's rows with one seeded random, loads
 * them with COPY in one transaction (all or nothing), moves the id sequences past them and
 * analyses the tables. Prints what it loaded and how long it took.
 *
 * <pre>
 * java -cp ... se.inkasso.complaints.bench.DataGenerator --url jdbc:postgresql://127.0.0.1:5432/complaints_bench
 *     [--user complaints] [--password complaints] [--scale 1.0] [--seed 20261201] [--replace]
 * </pre>
 */
public final class DataGenerator {

    /** Tables in the order their foreign keys need, each with the columns the generator fills. */
    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("creditor", "id, name, organisation_number, version");
        COLUMNS.put("staff_member", "id, username, display_name, password_hash, active, version");
        COLUMNS.put("staff_role", "staff_id, role");
        COLUMNS.put("staff_language", "staff_id, language");
        COLUMNS.put("debtor", "id, personnummer, name, street, postal_code, city, email, email_consent, language, version");
        COLUMNS.put("portal_credential", "debtor_id, password_hash");
        COLUMNS.put("claim", "id, reference, creditor_id, debtor_id, principal, interest, fees, paid, ocr_reference,"
                + " due_date, collection_status, version");
        COLUMNS.put("contact", "id, channel, debtor_id, caller, idempotency_key, request_hash, received_at");
        COLUMNS.put("cases", "id, reference, type, channel, status, debtor_id, claim_id, category, grounds,"
                + " disputed_amount, description, remedy_sought, language, received_at, acknowledgement_due,"
                + " response_due, response_ceiling, policy_version, queue, handler, subject_staff, root_cause,"
                + " corrective_action, closed_at, version, contact_id, creditor_id, substantive, assessment_reason,"
                + " creditor_position_due, objection_outcome, outcome_note, corrective_owner, corrective_due,"
                + " corrective_done, is_open");
        COLUMNS.put("timeline_entry", "case_id, at, actor, step, detail, visible_to_debtor");
        COLUMNS.put("collection_hold", "claim_id, case_id, amount, placed_at, lifted_at, lift_reason");
        COLUMNS.put("case_response", "case_id, decision, reasons, redress, language, states_free_of_charge,"
                + " states_onward_routes, drafted_by, drafted_at, sent_by, sent_at, version, redress_amount");
        COLUMNS.put("notification", "id, delivery_key, channel, kind, case_id, debtor_id, language, payload, status,"
                + " attempts, next_attempt_at, claim_token, last_error, created_at, sent_at, version");
        COLUMNS.put("letter", "id, notification_id, case_id, debtor_id, kind, language, title, pages, size_bytes,"
                + " postal, created_at, print_batch_id");
        COLUMNS.put("portal_message", "debtor_id, case_id, letter_id, subject, body, created_at, read_at");
        COLUMNS.put("review", "case_id, requested_at, requested_by, channel, reason, due, outcome, reasons, redress,"
                + " redress_amount, decided_by, decided_at, version");
    }

    /** Tables whose ids the application draws from an identity column after the generated ones. */
    private static final List<String> IDENTITIES = List.of("creditor", "staff_member", "debtor", "claim", "cases",
            "timeline_entry", "collection_hold", "case_response", "notification", "letter", "portal_message", "review");

    private final GeneratorOptions options;

    DataGenerator(GeneratorOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        GeneratorOptions options;
        try {
            options = GeneratorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(GeneratorOptions.USAGE);
            System.exit(2);
            return;
        }
        Map<String, Long> loaded = new DataGenerator(options).run();
        loaded.forEach((table, rows) -> System.out.printf("%-18s %,12d rows%n", table, rows));
    }

    /** Generates and loads the data set; answers the rows loaded per table. */
    Map<String, Long> run() throws IOException, SQLException {
        Instant started = Instant.now();
        Flyway.configure(getClass().getClassLoader()).dataSource(options.url(), options.user(), options.password())
                .locations("classpath:db/migration").load().migrate();
        Map<String, Long> loaded = new LinkedHashMap<>();
        Path folder = Files.createTempDirectory("complaints-bench-data");
        try (Connection connection = DriverManager.getConnection(options.url(), options.user(), options.password())) {
            connection.setAutoCommit(false);
            makeRoom(connection);
            Map<String, Rows> tables = write(folder);
            System.out.printf("Generated %s in %d s; loading with COPY...%n", options.size(),
                    Duration.between(started, Instant.now()).toSeconds());
            for (Rows rows : tables.values()) {
                rows.load(connection);
                loaded.put(rows.table(), rows.count());
            }
            try (Statement statement = connection.createStatement()) {
                for (String table : IDENTITIES) {
                    statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'),"
                            + " (select coalesce(max(id), 0) + 1 from " + table + "), false)");
                }
                statement.execute("select setval('case_reference_seq', " + (options.size().cases() + 1) + ", false)");
            }
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                // vacuum too: the queue pages read their ids from the index alone once pages are all-visible
                statement.execute("vacuum analyze");
            }
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
        System.out.printf("Loaded in %d s (seed %d, day %s)%n", Duration.between(started, Instant.now()).toSeconds(),
                options.seed(), options.day());
        return loaded;
    }

    /** An empty database, or with --replace one emptied of everything but the managed lists. */
    private void makeRoom(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet held = statement.executeQuery("select count(*) from debtor")) {
            held.next();
            long debtors = held.getLong(1);
            if (debtors > 0 && !options.replace()) {
                throw new IllegalStateException("The database holds " + debtors
                        + " debtors already: give an empty database, or --replace to empty this one first");
            }
        }
        if (options.replace()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("truncate " + String.join(", ", COLUMNS.keySet())
                        + ", case_link, deadline_notice, letter_document, print_batch, external_referral, attachment,"
                        + " scam_report, staff_preference restart identity cascade");
            }
        }
    }

    private Map<String, Rows> write(Path folder) throws IOException {
        Map<String, Rows> tables = new LinkedHashMap<>();
        for (Map.Entry<String, String> table : COLUMNS.entrySet()) {
            tables.put(table.getKey(), new Rows(folder, table.getKey(), table.getValue()));
        }
        AgencyData agency = new AgencyData(options.size(), options.seed(), options.now());
        agency.writeCreditors(tables.get("creditor"));
        agency.writeStaff(tables.get("staff_member"), tables.get("staff_role"), tables.get("staff_language"));
        agency.writeDebtors(tables.get("debtor"), tables.get("portal_credential"));
        agency.writeClaims(tables.get("claim"));
        new CaseFiles(agency, new CaseFiles.Tables(tables.get("contact"), tables.get("cases"),
                tables.get("timeline_entry"), tables.get("collection_hold"), tables.get("case_response"),
                tables.get("notification"), tables.get("letter"), tables.get("portal_message"), tables.get("review")))
                .writeAll();
        for (Rows rows : tables.values()) {
            rows.close();
        }
        return tables;
    }
}

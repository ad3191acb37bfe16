package se.inkasso.complaints.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.inkasso.complaints.domain.model.CaseStatus;

/**
 * The data generator on a small agency in a real PostgreSQL (#9): it migrates with the
 * application's Flyway schema, loads every table, keeps the rules the application keeps (a
 * standing objection holds its claim, D6; an answered case has its response and letter, D14), and
 * the same seed and day give the same rows.
 */
class DataGeneratorIT {

    private static final String[] SMALL = {"--scale", "0.05", "--seed", "7", "--day", "2026-12-01", "--replace"};
    private static Map<String, Long> loaded;

    @BeforeAll
    static void generate() throws Exception {
        loaded = generator(SMALL).run();
    }

    @Test
    void itLoadsAnAgencyOfTheAskedSizeThroughTheApplicationsSchema() throws SQLException {
        assertThat(loaded).containsEntry("debtor", 15_000L).containsEntry("claim", 50_000L)
                .containsEntry("cases", 10_000L);
        assertThat(loaded.get("timeline_entry")).isGreaterThan(30_000L);
        assertThat(loaded.get("letter")).isGreaterThan(10_000L);
        assertThat(number("select count(*) from flyway_schema_history where not success")).isZero();
        assertThat(number("select count(*) from flyway_schema_history")).isGreaterThanOrEqualTo(11);
        List<String> statuses = strings("select distinct status from cases order by status");
        assertThat(statuses).as("every state").containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(CaseStatus.values()).map(Enum::name).toList());
        assertThat(number("select count(*) from cases where received_at < timestamp '2023-11-30'"))
                .as("spread over three years, none older").isZero();
        assertThat(number("select count(*) from cases where received_at < timestamp '2024-06-01'")).isPositive();
    }

    @Test
    void theGeneratedCasesKeepTheApplicationsRules() throws SQLException {
        assertThat(number("select count(*) from cases c join claim k on k.id = c.claim_id"
                + " where c.type = 'OBJECTION' and c.status in ('REGISTERED', 'ACKNOWLEDGED', 'INVESTIGATING',"
                + " 'AWAITING_CREDITOR') and (k.collection_status not in ('DISPUTED', 'ON_HOLD') or not exists"
                + " (select 1 from collection_hold h where h.case_id = c.id and h.lifted_at is null))"))
                .as("D6: every standing objection holds its claim").isZero();
        assertThat(number("select count(*) from cases c where c.status in ('RESPONDED', 'ESCALATED', 'CLOSED')"
                + " and not exists (select 1 from case_response r where r.case_id = c.id and r.sent_at is not null)"))
                .as("D14: every answered case has its sent response").isZero();
        assertThat(number("select count(*) from cases c where c.status in ('RESPONDED', 'ESCALATED', 'CLOSED')"
                + " and not exists (select 1 from letter l where l.case_id = c.id and l.kind = 'FINAL_RESPONSE')"))
                .isZero();
        assertThat(number("select count(*) from cases where response_due <= cast(received_at as date)"
                + " or response_ceiling < response_due or acknowledgement_due > response_due")).isZero();
        assertThat(number("select count(*) from cases where reference !~ '^(KL|BE)-[0-9]{4}-[0-9]{6}$'")).isZero();
        assertThat(number("select count(*) from cases c join claim k on k.id = c.claim_id"
                + " where c.debtor_id <> k.debtor_id or c.creditor_id <> k.creditor_id")).isZero();
        assertThat(number("select count(*) from cases where status = 'ESCALATED'"))
                .isEqualTo(number("select count(*) from review where decided_at is null"));
    }

    @Test
    void theSameSeedAndDayGiveTheSameRowsAndTheApplicationCanGoOn() throws Exception {
        List<String> before = fingerprint();
        generator(SMALL).run();
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(number("select nextval(pg_get_serial_sequence('cases', 'id'))")).isEqualTo(10_001L);
        assertThat(number("select nextval('case_reference_seq')")).isEqualTo(10_001L);
    }

    @Test
    void aDatabaseWithDataInItIsLeftAlone() {
        String[] withoutReplace = java.util.Arrays.copyOf(SMALL, SMALL.length - 1);
        assertThatThrownBy(() -> generator(withoutReplace).run()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holds 15000 debtors already");
        assertThatThrownBy(() -> GeneratorOptions.parse("--url", url(), "--scale", "lots"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--scale lots is not a valid value");
    }

    private static List<String> fingerprint() throws SQLException {
        List<String> digests = new ArrayList<>();
        for (String table : List.of("cases", "claim", "debtor", "timeline_entry", "letter", "collection_hold")) {
            digests.addAll(strings("select md5(string_agg(t::text, '|' order by t.id)) from " + table + " t"));
        }
        return digests;
    }

    private static DataGenerator generator(String... args) {
        List<String> all = new ArrayList<>(List.of("--url", url(), "--user", System.getProperty("it.db.user"),
                "--password", System.getProperty("it.db.password")));
        all.addAll(List.of(args));
        return new DataGenerator(GeneratorOptions.parse(all.toArray(String[]::new)));
    }

    private static String url() {
        return System.getProperty("it.db.url");
    }

    private static long number(String sql) throws SQLException {
        return Long.parseLong(strings(sql).get(0));
    }

    private static List<String> strings(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(), System.getProperty("it.db.user"),
                System.getProperty("it.db.password")); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}

package se.inkasso.complaints.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.awaitility.Awaitility;

/**
 * The outbox's notifications due now, waited for until the application's dispatcher has delivered
 * them: a measurement after a burst should not pay for the burst's letters.
 */
record Backlog(long notifications, double seconds) {

    static Backlog drain(Connection database) throws SQLException {
        long start = System.nanoTime();
        long due = due(database);
        Awaitility.await("the outbox delivered").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(250))
                .until(() -> due(database) == 0);
        return new Backlog(due, (System.nanoTime() - start) / 1e9);
    }

    private static long due(Connection database) throws SQLException {
        try (Statement statement = database.createStatement(); ResultSet count = statement.executeQuery(
                "select count(*) from notification where status = 'PENDING' and next_attempt_at <= now()")) {
            count.next();
            return count.getLong(1);
        }
    }
}

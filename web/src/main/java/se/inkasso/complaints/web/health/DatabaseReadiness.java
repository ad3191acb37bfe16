package se.inkasso.complaints.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import se.inkasso.complaints.domain.persistence.Database;
import se.inkasso.complaints.domain.persistence.SchemaMigration;

/** Ready when the database answers and this build's migrations have been applied at startup. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Inject
    Database database;

    @Inject
    SchemaMigration migration;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = database.dataSource().getConnection()) {
            boolean reachable = connection.isValid(TIMEOUT_SECONDS);
            String version = migration.appliedVersion().orElse("none");
            boolean current = migration.appliedVersion().isPresent();
            return response.status(reachable && current)
                    .withData("database", connection.getMetaData().getDatabaseProductName())
                    .withData("schemaVersion", version)
                    .withData("migrationsCurrent", current)
                    .build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getMessage()).build();
        }
    }
}

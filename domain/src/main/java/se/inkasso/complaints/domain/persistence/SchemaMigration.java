package se.inkasso.complaints.domain.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Brings the database schema to the version this build expects, with the migrations under
 * {@code db/migration}. Called once at startup before anything else touches the database;
 * Hibernate never creates or changes tables.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Inject
    Database database;

    private volatile String appliedVersion;

    public void migrate() {
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(database.dataSource())
                .locations("classpath:db/migration")
                .load();
        var result = flyway.migrate();
        appliedVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion
                : Optional.ofNullable(flyway.info().current()).map(MigrationInfo::getVersion)
                        .map(Object::toString).orElse(null);
        LOG.info(() -> "Database schema at version " + appliedVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    /** The schema version reached at startup, or empty before {@link #migrate()} has succeeded. */
    public Optional<String> appliedVersion() {
        return Optional.ofNullable(appliedVersion);
    }
}

package se.inkasso.complaints.web.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import se.inkasso.complaints.domain.persistence.SchemaMigration;

/**
 * Runs once when the application is deployed, before anything reads the database: migrates the
 * schema. A failure here fails the deployment, and {@code /health/ready} stays DOWN. The demo data
 * follows ({@link DemoLoading}).
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApplicationStartup {

    @Inject
    SchemaMigration migration;

    @PostConstruct
    void start() {
        migration.migrate();
    }
}

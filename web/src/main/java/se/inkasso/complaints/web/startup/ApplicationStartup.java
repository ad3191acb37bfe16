package se.inkasso.complaints.web.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import se.inkasso.complaints.domain.persistence.SchemaMigration;
import se.inkasso.complaints.web.demo.DemoData;

/**
 * Runs once when the application is deployed: migrates the schema before anything reads the
 * database, then loads the demo data if configuration asks for it. A failure here fails the
 * deployment, and {@code /health/ready} stays DOWN.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApplicationStartup {

    @Inject
    SchemaMigration migration;

    @Inject
    DemoData demoData;

    @PostConstruct
    void start() {
        migration.migrate();
        demoData.loadIfWanted();
    }
}

package se.inkasso.complaints.web.startup;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import se.inkasso.complaints.domain.persistence.SchemaMigration;
import se.inkasso.complaints.web.demo.DemoData;

/**
 * Loads the demo data if configuration asks for it, once the application's context is up: after
 * the other observers of the application's start (the metrics), since the demo's cases go through
 * the same services, and are counted, as real ones.
 */
@ApplicationScoped
public class DemoLoading {

    @Inject
    SchemaMigration migration;

    @Inject
    DemoData demoData;

    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
            Object started) {
        // ApplicationStartup has migrated already where the container starts startup beans first, as
        // Payara does; no specification promises that order, and migrating a current schema does nothing
        migration.migrate();
        demoData.loadIfWanted();
    }
}

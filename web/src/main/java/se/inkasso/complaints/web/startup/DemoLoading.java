package se.inkasso.complaints.web.startup;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import se.inkasso.complaints.web.demo.DemoData;

/**
 * Loads the demo data if configuration asks for it, once the application's context is up: after
 * the schema migration ({@link ApplicationStartup}, a startup bean, runs before this event) and
 * after the other observers of the application's start (the metrics), since the demo's cases go
 * through the same services, and are counted, as real ones.
 */
@ApplicationScoped
public class DemoLoading {

    @Inject
    DemoData demoData;

    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
            Object started) {
        demoData.loadIfWanted();
    }
}

package se.inkasso.complaints.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;
import se.inkasso.complaints.notification.boundary.Outbox;
import se.inkasso.complaints.notification.boundary.DeliveryStatus;

/**
 * Outbox state for monitoring (D19): notifications waiting and given up. Operations alert on a
 * dead count above zero or a waiting count that keeps growing.
 */
@ApplicationScoped
public class OutboxGauges {

    @Inject
    Outbox outbox;

    /** Created with the application, so that the gauges are registered before the first scrape. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // the observer's only job is to make the container create this bean at startup
    }

    @Gauge(name = "notifications_pending", absolute = true, unit = MetricUnits.NONE,
            description = "Notifications waiting for their first or next delivery attempt")
    public long pending() {
        return outbox.count(DeliveryStatus.PENDING);
    }

    @Gauge(name = "notifications_dead", absolute = true, unit = MetricUnits.NONE,
            description = "Notifications given up after their attempts: staff must look at them")
    public long dead() {
        return outbox.count(DeliveryStatus.DEAD);
    }
}

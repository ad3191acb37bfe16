package se.inkasso.complaints.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How often and how long the dispatcher tries ({@code complaints.notification.*}, README). */
@ApplicationScoped
public class DeliveryPolicy {

    @Inject
    @ConfigProperty(name = "complaints.notification.max-attempts", defaultValue = "10")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "complaints.notification.retry-base-seconds", defaultValue = "60")
    long retryBaseSeconds;

    @Inject
    @ConfigProperty(name = "complaints.notification.retry-max-seconds", defaultValue = "3600")
    long retryMaxSeconds;

    @Inject
    @ConfigProperty(name = "complaints.notification.lease-seconds", defaultValue = "120")
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "complaints.notification.batch-size", defaultValue = "50")
    int batchSize;

    /** Doubling waits after each failed attempt: base, 2 x base, 4 x base ..., at most the maximum. */
    public Duration backoff(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 30);
        return Duration.ofSeconds(Math.min(retryBaseSeconds * factor, retryMaxSeconds));
    }

    public boolean givesUpAfter(int attempts) {
        return attempts >= maxAttempts;
    }

    /**
     * How long a claimed item is left to its dispatcher: if that instance dies mid-delivery, another
     * takes the item over after this.
     */
    public Duration lease() {
        return Duration.ofSeconds(leaseSeconds);
    }

    public int batchSize() {
        return batchSize;
    }
}

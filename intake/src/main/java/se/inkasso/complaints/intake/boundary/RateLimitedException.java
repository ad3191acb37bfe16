package se.inkasso.complaints.intake.boundary;

import java.time.Duration;
import se.inkasso.complaints.domain.DomainException;

/** A client sent too many requests to a public form lately; it may try again after a while. */
public class RateLimitedException extends DomainException {

    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter) {
        super("rate-limited", Math.max(1, retryAfter.toMinutes()));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}

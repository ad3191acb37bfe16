package se.inkasso.complaints.intake.boundary;

import java.time.Instant;
import java.util.Optional;

/** A reported scam message as the fraud team reads it. */
public record ScamReportInfo(long id, Instant reportedAt, Instant messageReceivedAt, String sender, String text) {

    public Optional<Instant> receivedAt() {
        return Optional.ofNullable(messageReceivedAt);
    }
}

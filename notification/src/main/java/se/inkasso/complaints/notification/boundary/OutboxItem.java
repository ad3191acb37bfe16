package se.inkasso.complaints.notification.boundary;

import java.time.Instant;
import se.inkasso.complaints.notification.entity.Notification;

/** A notification as staff see it in the outbox and the dead-letter list. */
public record OutboxItem(long id, String deliveryKey, String channel, String kind, long caseId, String language,
        String status, int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError) {

    static OutboxItem of(Notification notification) {
        return new OutboxItem(notification.id(), notification.deliveryKey(), notification.channel().name(),
                notification.kind() == null ? "MESSAGE" : notification.kind().name(), notification.caseId(), notification.language().code(),
                notification.status().name(), notification.attempts(), notification.createdAt(),
                notification.nextAttemptAt(), notification.sentAt().orElse(null), notification.lastError().orElse(null));
    }
}

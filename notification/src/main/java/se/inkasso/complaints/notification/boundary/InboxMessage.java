package se.inkasso.complaints.notification.boundary;

import java.time.Instant;
import se.inkasso.complaints.notification.entity.PortalMessage;

/** A message in Mina sidor with the letter it brings. */
public record InboxMessage(long id, long caseId, long letterId, String subject, String body, Instant createdAt,
        Instant readAt) {

    static InboxMessage of(PortalMessage message) {
        return new InboxMessage(message.id(), message.caseId(), message.letterId(), message.subject(), message.body(),
                message.createdAt(), message.readAt().orElse(null));
    }

    public boolean unread() {
        return readAt == null;
    }
}

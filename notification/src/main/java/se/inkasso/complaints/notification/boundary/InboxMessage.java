package se.inkasso.complaints.notification.boundary;

import java.time.Instant;
import se.inkasso.complaints.domain.model.MessageDirection;
import se.inkasso.complaints.notification.entity.PortalMessage;

/**
 * A message in Mina sidor, either way (D24): the notice of a letter (with {@code letterId}), a
 * handler's answer (with its {@code author}), or the debtor's own words (with the {@code contactId}
 * that holds their documents). {@code caseId} is null for a debtor's message in general.
 */
public record InboxMessage(long id, long debtorId, Long caseId, MessageDirection direction, Long letterId, String author,
        String contactId, String subject, String body, Instant createdAt, Instant readAt) {

    static InboxMessage of(PortalMessage message) {
        return new InboxMessage(message.id(), message.debtorId(), message.caseId().orElse(null), message.direction(),
                message.letterId().orElse(null), message.author().orElse(null), message.contactId().orElse(null),
                message.subject().orElse(null), message.body(), message.createdAt(), message.readAt().orElse(null));
    }

    public boolean unread() {
        return readAt == null;
    }

    public boolean fromDebtor() {
        return direction == MessageDirection.FROM_DEBTOR;
    }
}

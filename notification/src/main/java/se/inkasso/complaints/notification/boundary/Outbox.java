package se.inkasso.complaints.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import se.inkasso.complaints.domain.NotFoundException;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.LetterKind;
import se.inkasso.complaints.domain.persistence.Database;
import se.inkasso.complaints.notification.control.OutboxWriter;
import se.inkasso.complaints.notification.control.Queued;
import se.inkasso.complaints.notification.entity.Notification;
import se.inkasso.complaints.notification.entity.NotificationChannel;

/**
 * The outbox (D19): a notification is written in the transaction of the decision that asks for it,
 * or not at all if that transaction rolls back. The delivery key names the decision, so a decision
 * seen twice still queues one notification. Staff see what is stuck and send it again.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager entityManager;

    @Inject
    Event<Queued> queued;

    @Inject
    OutboxWriter writer;

    Clock clock = Clock.systemUTC();

    /** Queues a letter; must run inside the deciding transaction. */
    public void letter(String deliveryKey, LetterKind kind, long caseId, long debtorId, Language language,
            Map<String, String> facts) {
        writer.add(deliveryKey, NotificationChannel.LETTER, kind, caseId, debtorId, language, facts);
    }

    /** Notifications by status, oldest first: the dead-letter list staff work through. */
    @Transactional
    public List<OutboxItem> list(DeliveryStatus status, int max) {
        return entityManager.createQuery("select n from Notification n where n.status = :status order by n.createdAt,"
                + " n.id", Notification.class).setParameter("status", status).setMaxResults(max)
                .getResultStream().map(OutboxItem::of).toList();
    }

    @Transactional
    public List<OutboxItem> ofCase(long caseId) {
        return entityManager.createQuery("select n from Notification n where n.caseId = :caseId order by n.id",
                Notification.class).setParameter("caseId", caseId).getResultStream().map(OutboxItem::of).toList();
    }

    /** How many notifications are in one state (cheap for PENDING and DEAD: few rows, indexed). */
    @Transactional
    public long count(DeliveryStatus status) {
        return entityManager.createQuery("select count(n) from Notification n where n.status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
    }

    /** How many notifications are in each state, for monitoring and the team lead's dashboard. */
    @Transactional
    public Map<DeliveryStatus, Long> counts() {
        Map<DeliveryStatus, Long> counts = new java.util.EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            counts.put(status, 0L);
        }
        entityManager.createQuery("select n.status, count(n) from Notification n group by n.status", Object[].class)
                .getResultStream().forEach(row -> counts.put((DeliveryStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** Staff send a dead notification again; the delivery key still guards against a second copy. */
    @Transactional
    public OutboxItem retry(long id) {
        Notification notification = entityManager.find(Notification.class, id);
        if (notification == null) {
            throw new NotFoundException("notification.unknown", String.valueOf(id));
        }
        Instant now = clock.instant();
        notification.retry(now);
        queued.fire(new Queued(notification.deliveryKey()));
        return OutboxItem.of(notification);
    }
}

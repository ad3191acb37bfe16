package se.inkasso.complaints.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import se.inkasso.complaints.domain.model.MessageDirection;
import se.inkasso.complaints.domain.persistence.Database;
import se.inkasso.complaints.notification.entity.PortalMessage;

/** The debtor's inbox in Mina sidor (D18): newest first, with read and unread. */
@ApplicationScoped
public class Inbox {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager entityManager;

    Clock clock = Clock.systemUTC();

    @Transactional
    public List<InboxMessage> of(long debtorId, int max) {
        return entityManager.createQuery("select m from PortalMessage m where m.debtorId = :debtorId"
                + " order by m.createdAt desc, m.id desc", PortalMessage.class).setParameter("debtorId", debtorId)
                .setMaxResults(max).getResultStream().map(InboxMessage::of).toList();
    }

    @Transactional
    public long unread(long debtorId) {
        return entityManager.createQuery("select count(m) from PortalMessage m where m.debtorId = :debtorId"
                + " and m.readAt is null", Long.class).setParameter("debtorId", debtorId).getSingleResult();
    }

    /** Marks one of this debtor's messages read; empty for anyone else's. */
    @Transactional
    public Optional<InboxMessage> read(long debtorId, long messageId) {
        PortalMessage message = entityManager.find(PortalMessage.class, messageId);
        if (message == null || message.debtorId() != debtorId) {
            return Optional.empty();
        }
        message.read(clock.instant());
        return Optional.of(InboxMessage.of(message));
    }

    /**
     * Showing the debtor the agency's answers reads them (D24): those about one case, or all of
     * them when {@code caseId} is null. A letter's notice is read only by opening the letter.
     */
    @Transactional
    public void answersShown(long debtorId, Long caseId) {
        var shown = entityManager.createQuery("update PortalMessage m set m.readAt = :now where m.debtorId = :debtorId"
                + " and m.letterId is null and m.direction = :fromAgency and m.readAt is null"
                + (caseId == null ? "" : " and m.caseId = :caseId"))
                .setParameter("now", clock.instant()).setParameter("debtorId", debtorId)
                .setParameter("fromAgency", MessageDirection.FROM_AGENCY);
        if (caseId != null) {
            shown.setParameter("caseId", caseId);
        }
        shown.executeUpdate();
    }

    /** Opening a letter reads the message that brought it. */
    @Transactional
    public void letterOpened(long debtorId, long letterId) {
        entityManager.createQuery("select m from PortalMessage m where m.letterId = :letterId and m.debtorId = :debtorId",
                PortalMessage.class).setParameter("letterId", letterId).setParameter("debtorId", debtorId)
                .getResultStream().forEach(message -> message.read(clock.instant()));
    }
}

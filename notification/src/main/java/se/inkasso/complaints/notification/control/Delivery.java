package se.inkasso.complaints.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.casefile.CaseFacts;
import se.inkasso.complaints.domain.casefile.CaseLookup;
import se.inkasso.complaints.domain.event.LetterSent;
import se.inkasso.complaints.domain.model.Debtor;
import se.inkasso.complaints.domain.persistence.Database;
import se.inkasso.complaints.notification.entity.Letter;
import se.inkasso.complaints.notification.entity.LetterDocument;
import se.inkasso.complaints.notification.entity.Notification;
import se.inkasso.complaints.notification.entity.NotificationChannel;
import se.inkasso.complaints.notification.entity.PortalMessage;

/**
 * The steps of delivering one outbox item, each its own transaction: find what is due, claim an
 * item (a token and a lease, taken by a conditional update so that of several dispatchers exactly
 * one wins), deliver it, or record why not. A letter, its PDF, its portal message and (by casework,
 * observing LetterSent) its timeline entry are written in the same transaction that marks the item
 * sent: all of them or none.
 */
@ApplicationScoped
public class Delivery {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager entityManager;

    @Inject
    DeliveryPolicy policy;

    @Inject
    LetterContent content;

    @Inject
    Rendering rendering;

    @Inject
    CaseLookup cases;

    @Inject
    OutboxWriter outbox;

    @Inject
    Mailer mailer;

    @Inject
    Event<LetterSent> letterSent;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(int max) {
        return entityManager.createQuery("select n.id from Notification n where n.status = :pending"
                + " and n.nextAttemptAt <= :now order by n.nextAttemptAt, n.id", Long.class)
                .setParameter("pending", se.inkasso.complaints.notification.boundary.DeliveryStatus.PENDING)
                .setParameter("now", clock.instant()).setMaxResults(max).getResultList();
    }

    /** @return true when this caller now holds the item until the lease ends */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(long id, String token) {
        Instant now = clock.instant();
        return entityManager.createNativeQuery("update notification set claim_token = ?1, next_attempt_at = ?2,"
                + " attempts = attempts + 1, version = version + 1"
                + " where id = ?3 and status = 'PENDING' and next_attempt_at <= ?4")
                .setParameter(1, token).setParameter(2, utc(now.plus(policy.lease()))).setParameter(3, id)
                .setParameter(4, utc(now)).executeUpdate() == 1;
    }

    /** @throws DeliveryFailure when it could not be delivered now; nothing of it is kept */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deliver(long id, String token) {
        Notification notification = entityManager.find(Notification.class, id);
        if (notification == null || !notification.claimedBy(token)) {
            throw new DeliveryFailure("The claim on notification " + id + " was taken over after its lease ran out",
                    false, null);
        }
        Instant now = clock.instant();
        if (notification.channel() == NotificationChannel.LETTER) {
            letter(notification, now);
        } else {
            email(notification, now);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long id, String token, RuntimeException cause) {
        Notification notification = entityManager.find(Notification.class, id);
        if (notification == null || !notification.claimedBy(token)) {
            return;
        }
        boolean permanent = cause instanceof DeliveryFailure failure && failure.permanent();
        Instant next = clock.instant().plus(policy.backoff(notification.attempts()));
        notification.failed(describe(cause), next, permanent || policy.givesUpAfter(notification.attempts()));
    }

    private void letter(Notification notification, Instant now) {
        CaseFacts caseFile = cases.get(notification.caseId());
        Debtor debtor = entityManager.find(Debtor.class, notification.debtorId());
        Recipient recipient = content.recipient(debtor);
        RenderedLetter rendered;
        try {
            rendered = rendering.letters().render(notification.kind(), notification.language(), recipient,
                    content.facts(notification, caseFile), now.atZone(BusinessCalendar.ZONE).toLocalDate());
        } catch (Templates.TemplateFailure e) {
            throw new DeliveryFailure(e.getMessage(), true, e);
        }
        Letter letter = new Letter(notification, rendered.title(), rendered.pages(), rendered.pdf().length,
                recipient.postable(), now);
        entityManager.persist(letter);
        entityManager.flush();
        entityManager.persist(new LetterDocument(letter.id(), rendered.pdf()));
        entityManager.persist(new PortalMessage(letter, rendered.subject(), rendered.summary()));
        if (mailer.enabled() && debtor.noticeAddress().isPresent()) {
            outbox.add("notice:" + letter.id(), NotificationChannel.EMAIL, notification.kind(), caseFile.id(),
                    debtor.id(), notification.language(), Map.of("letterId", String.valueOf(letter.id())));
        }
        notification.delivered(now);
        letterSent.fire(new LetterSent(caseFile.id(), letter.id(), notification.kind(), rendered.title(), now));
    }

    private void email(Notification notification, Instant now) {
        Debtor debtor = entityManager.find(Debtor.class, notification.debtorId());
        var address = debtor.noticeAddress();
        if (address.isEmpty()) {
            notification.cancel("The debtor has no e-mail address with consent on file any more");
            return;
        }
        // a handler's answer (D24) is announced as a message, a letter as a letter
        String template = notification.kind() == null ? "mail/message-notice" : "mail/letter-notice";
        Templates.Output notice = rendering.templates().render(template, notification.language(),
                Map.of("agency", Map.of("name", rendering.letterhead().name(), "portalUrl",
                        rendering.letterhead().portalUrl())));
        try {
            mailer.send(address.get(), notice.subject(), notice.text(), messageId(notification));
        } catch (AddressException e) {
            throw new DeliveryFailure("The e-mail address cannot be used: " + e.getMessage(), true, e);
        } catch (MessagingException e) {
            throw new DeliveryFailure("The mail server did not take the message: " + e.getMessage(), false, e);
        }
        notification.delivered(now);
    }

    private String messageId(Notification notification) {
        String website = rendering.letterhead().website();
        return notification.deliveryKey().replace(':', '.') + "@" + (website == null ? "complaints" : website);
    }

    private static String describe(RuntimeException cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

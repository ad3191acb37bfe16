package se.inkasso.complaints.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.inkasso.complaints.domain.InvalidFieldsException;
import se.inkasso.complaints.domain.NotPermittedException;
import se.inkasso.complaints.domain.casefile.CaseFacts;
import se.inkasso.complaints.domain.casefile.CaseLookup;
import se.inkasso.complaints.domain.event.AgencyWrote;
import se.inkasso.complaints.domain.event.DebtorWrote;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.Debtor;
import se.inkasso.complaints.domain.model.MessageDirection;
import se.inkasso.complaints.domain.persistence.Database;
import se.inkasso.complaints.notification.control.Mailer;
import se.inkasso.complaints.notification.control.OutboxWriter;
import se.inkasso.complaints.notification.entity.NotificationChannel;
import se.inkasso.complaints.notification.entity.PortalMessage;

/**
 * The conversation between a debtor and the agency in Mina sidor (D24): the debtor's messages as
 * intake received them, and the handlers' answers about a case, each announced by e-mail to a
 * debtor who agreed to notices (D18) — the notice says only that there is an answer.
 */
@ApplicationScoped
public class Conversations {

    /** The longest answer, in characters: as long as the debtor may write. */
    public static final int LONGEST = 4000;

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager entityManager;

    @Inject
    CaseLookup cases;

    @Inject
    OutboxWriter outbox;

    @Inject
    Mailer mailer;

    @Inject
    Event<AgencyWrote> agencyWrote;

    Clock clock = Clock.systemUTC();

    /**
     * A handler answers the debtor about their case; nobody answers on a case about their own
     * conduct (D13).
     */
    @Transactional
    public InboxMessage answer(CaseReference reference, String by, String text) {
        String words = text == null ? "" : text.strip();
        if (words.isEmpty()) {
            throw new InvalidFieldsException("text", "message.missing");
        }
        if (words.length() > LONGEST) {
            throw new InvalidFieldsException("text", "message.too-long", LONGEST);
        }
        CaseFacts facts = cases.get(reference);
        if (facts.subjectStaff().filter(by::equals).isPresent()) {
            throw new NotPermittedException("case.about-you", reference.value());
        }
        Instant now = clock.instant();
        PortalMessage message = PortalMessage.answer(facts.debtorId(), facts.id(), by, words, now);
        entityManager.persist(message);
        entityManager.flush();
        Debtor debtor = entityManager.find(Debtor.class, facts.debtorId());
        if (mailer.enabled() && debtor.noticeAddress().isPresent()) {
            outbox.add("answer:" + message.id(), NotificationChannel.EMAIL, null, facts.id(), facts.debtorId(),
                    facts.language(), Map.of("messageId", String.valueOf(message.id())));
        }
        agencyWrote.fire(new AgencyWrote(facts.id(), message.id(), by, now));
        return InboxMessage.of(message);
    }

    /** A case's conversation as it went, oldest first. */
    @Transactional
    public List<InboxMessage> ofCase(long caseId) {
        return entityManager.createQuery("select m from PortalMessage m where m.caseId = :caseId and m.letterId is null"
                + " order by m.createdAt, m.id", PortalMessage.class).setParameter("caseId", caseId)
                .getResultStream().map(InboxMessage::of).toList();
    }

    /** What debtors wrote lately, newest first, about a case or in general: for staff to read (D24). */
    @Transactional
    public List<InboxMessage> fromDebtors(int max) {
        return entityManager.createQuery("select m from PortalMessage m where m.direction = :fromDebtor"
                + " order by m.createdAt desc, m.id desc", PortalMessage.class)
                .setParameter("fromDebtor", MessageDirection.FROM_DEBTOR).setMaxResults(max).getResultStream()
                .map(InboxMessage::of).toList();
    }

    /** The message a debtor's contact brought (D24), if it was one. */
    @Transactional
    public Optional<InboxMessage> ofContact(String contactId) {
        return entityManager.createQuery("select m from PortalMessage m where m.contactId = :contactId",
                PortalMessage.class).setParameter("contactId", contactId).getResultStream().findFirst()
                .map(InboxMessage::of);
    }

    void debtorWrote(@Observes DebtorWrote wrote) {
        entityManager.persist(PortalMessage.fromDebtor(wrote.debtorId(), wrote.caseId(), wrote.contactId(),
                wrote.text(), wrote.at()));
    }
}

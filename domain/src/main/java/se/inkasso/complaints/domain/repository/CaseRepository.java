package se.inkasso.complaints.domain.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.Case;
import se.inkasso.complaints.domain.model.CaseType;

/** Cases by reference, by claim, and the serial numbers of new references. */
@ApplicationScoped
public class CaseRepository extends Store<Case> {

    private static final String CLOSED_STATES = "(se.inkasso.complaints.domain.model.CaseStatus.CLOSED,"
            + " se.inkasso.complaints.domain.model.CaseStatus.RESOLVED_ON_CONTACT)";

    public CaseRepository() {
        super(Case.class);
    }

    public Optional<Case> findByReference(CaseReference reference) {
        return single(query("select c from Case c where c.reference = :reference")
                .setParameter("reference", reference));
    }

    /** Open cases of a type about a claim: candidates to link a new contact to (D5). */
    public List<Case> findOpen(long claimId, CaseType type) {
        return query("select c from Case c where c.claim.id = :claim and c.type = :type"
                + " and c.status not in " + CLOSED_STATES + " order by c.receivedAt")
                .setParameter("claim", claimId).setParameter("type", type).getResultList();
    }

    /** The cases registered from one contact, complaint before objection. */
    public List<Case> findByContact(String contactId) {
        return query("select c from Case c join fetch c.claim where c.contactId = :contact order by c.type, c.id")
                .setParameter("contact", contactId).getResultList();
    }

    /** A debtor's cases, newest first, for the portal. */
    public List<Case> findByDebtor(long debtorId) {
        return query("select c from Case c join fetch c.claim where c.debtor.id = :debtor order by c.receivedAt desc, c.id desc")
                .setParameter("debtor", debtorId).getResultList();
    }

    public long countOpen() {
        return entityManager.createQuery("select count(c) from Case c where c.status not in " + CLOSED_STATES, Long.class)
                .getSingleResult();
    }

    /** Open cases whose response target lies before {@code today} (D12). */
    public long countOverdue(LocalDate today) {
        return entityManager.createQuery("select count(c) from Case c where c.status not in " + CLOSED_STATES
                + " and c.deadlines.responseDue < :today", Long.class).setParameter("today", today).getSingleResult();
    }

    /** The next serial number for a case reference; a database sequence, so unique across instances. */
    public long nextSerial() {
        return ((Number) entityManager.createNativeQuery("select nextval('case_reference_seq')")
                .getSingleResult()).longValue();
    }
}

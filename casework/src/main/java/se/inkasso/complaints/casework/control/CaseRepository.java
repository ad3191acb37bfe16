package se.inkasso.complaints.casework.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.inkasso.complaints.casework.entity.Case;
import se.inkasso.complaints.casework.entity.TimelineEntry;
import se.inkasso.complaints.domain.NotFoundException;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.CaseStatus;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.TimelineStep;
import se.inkasso.complaints.domain.repository.Store;

/** Cases by reference, by claim, and the serial numbers of new references. */
@ApplicationScoped
public class CaseRepository extends Store<Case> {

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
                + " and c.open = true order by c.receivedAt")
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

    /** A case that must exist: an unknown reference is a {@link NotFoundException} (404). */
    public Case get(CaseReference reference) {
        return findByReference(reference).orElseThrow(() -> new NotFoundException("case.unknown", reference.value()));
    }

    /** Several cases by id, in one query. */
    public List<Case> findAll(Collection<Long> caseIds) {
        return caseIds.isEmpty() ? List.of() : entityManager.createQuery("select c from Case c where c.id in :ids",
                Case.class).setParameter("ids", caseIds).getResultList();
    }

    /** The references of several cases in one query, by case id. */
    public Map<Long, CaseReference> referencesOf(Collection<Long> caseIds) {
        Map<Long, CaseReference> references = new HashMap<>();
        if (!caseIds.isEmpty()) {
            entityManager.createQuery("select c.id, c.reference from Case c where c.id in :ids", Object[].class)
                    .setParameter("ids", caseIds).getResultList()
                    .forEach(row -> references.put((Long) row[0], (CaseReference) row[1]));
        }
        return references;
    }

    /** How many open cases each of these handlers has now. */
    public Map<String, Long> openCasesPerHandler(Collection<String> handlers) {
        Map<String, Long> counts = new HashMap<>();
        handlers.forEach(handler -> counts.put(handler, 0L));
        if (!handlers.isEmpty()) {
            entityManager.createQuery("select c.handler, count(c) from Case c where c.handler in :handlers"
                    + " and c.open = true group by c.handler", Object[].class)
                    .setParameter("handlers", handlers).getResultList()
                    .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        }
        return counts;
    }

    /**
     * Open cases with a clock that runs out by {@code threshold} (response target, acknowledgement,
     * ceiling or the creditor's position): what the deadline job looks at, oldest first.
     */
    public List<Long> withClocksDueBy(LocalDate threshold, long afterId, int max) {
        return entityManager.createQuery("select c.id from Case c where c.id > :after and c.open = true"
                + " and (c.deadlines.responseDue <= :threshold"
                + " or c.deadlines.responseCeiling <= :threshold or c.creditorPositionDue <= :threshold"
                + " or (c.status = se.inkasso.complaints.domain.model.CaseStatus.REGISTERED"
                + " and c.deadlines.acknowledgementDue <= :threshold)) order by c.id", Long.class)
                .setParameter("after", afterId).setParameter("threshold", threshold).setMaxResults(max)
                .getResultList();
    }

    /**
     * Marks a registered case acknowledged (D11) without counting as an edit of the case: the
     * written acknowledgement is the system's bookkeeping, and must not make a handler's save of
     * the same case fail as a concurrent change.
     *
     * @return whether the case was waiting for its acknowledgement
     */
    public boolean markAcknowledged(long caseId) {
        return entityManager.createQuery("update Case c set c.status = :acknowledged where c.id = :id"
                + " and c.status = :registered").setParameter("acknowledged", CaseStatus.ACKNOWLEDGED)
                .setParameter("registered", CaseStatus.REGISTERED).setParameter("id", caseId).executeUpdate() == 1;
    }

    /** Records a system step on a case's timeline without editing the case (see {@link TimelineEntry#beside}). */
    public void addSystemStep(long caseId, Instant at, TimelineStep step, String detail) {
        addStepBeside(caseId, at, Case.SYSTEM, step, detail);
    }

    /** Records what someone did around a case on its timeline, without editing the case. */
    public void addStepBeside(long caseId, Instant at, String actor, TimelineStep step, String detail) {
        entityManager.persist(TimelineEntry.beside(entityManager.getReference(Case.class, caseId), at, actor, step,
                detail));
    }

    /** The next serial number for a case reference; a database sequence, so unique across instances. */
    public long nextSerial() {
        return ((Number) entityManager.createNativeQuery("select nextval('case_reference_seq')")
                .getSingleResult()).longValue();
    }
}

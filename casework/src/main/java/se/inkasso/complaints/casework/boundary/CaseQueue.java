package se.inkasso.complaints.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.persistence.Database;

/**
 * Cases as lists show them, read by query without loading a case: the queues (sorted and paged in
 * the database), the counts on the staff's start page, and the headings of a debtor's or a contact's
 * cases.
 */
@ApplicationScoped
public class CaseQueue {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager entityManager;

    /** A page of a queue, sorted in the database, and the queue's total. */
    public QueuePage queue(QueueFilter filter, QueueSort sort, boolean descending, int first, int max) {
        return new QueuePage(queueRows(filter, sort, descending, first, max), queueTotal(filter));
    }

    /**
     * One page of a queue's rows: the page's ids first, read from an index alone however deep the
     * page is, then only those cases joined with their debtor and creditor (#9).
     */
    public List<QueueRow> queueRows(QueueFilter filter, QueueSort sort, boolean descending, int first, int max) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> ids = entityManager.createQuery("select c.id from Case c" + where(filter, parameters)
                + " order by " + sort.orderBy(descending), Long.class);
        parameters.forEach(ids::setParameter);
        List<Long> page = ids.setFirstResult(first).setMaxResults(max).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select new " + QueueRow.class.getName()
                + "(c.reference, c.type, c.status, c.channel, c.language, d.personnummer, d.name, cr.id, cr.name,"
                + " c.receivedAt, c.deadlines.acknowledgementDue, c.deadlines.responseDue, c.handler, c.queue,"
                + " c.version) from Case c join c.debtor d join c.creditor cr where c.id in :ids"
                + " order by " + sort.orderBy(descending), QueueRow.class)
                .setParameter("ids", page).getResultList();
    }

    /** How many cases a queue holds, in one query. */
    public long queueTotal(QueueFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> total = entityManager.createQuery("select count(c) from Case c" + where(filter, parameters),
                Long.class);
        parameters.forEach(total::setParameter);
        return total.getSingleResult();
    }

    private static String where(QueueFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add("c.status = :status");
            parameters.put("status", filter.status());
        } else if (!filter.allStatuses() || filter.overdueOn() != null) {
            conditions.add("c.open = true");
        }
        if (filter.queue() != null) {
            conditions.add("c.queue = :queue");
            parameters.put("queue", filter.queue());
        }
        if (filter.type() != null) {
            conditions.add("c.type = :type");
            parameters.put("type", filter.type());
        }
        if (QueueFilter.UNASSIGNED.equals(filter.handler())) {
            conditions.add("c.handler is null");
        } else if (filter.handler() != null) {
            conditions.add("c.handler = :handler");
            parameters.put("handler", filter.handler());
        }
        if (filter.creditorId() != null) {
            conditions.add("c.creditor.id = :creditor");
            parameters.put("creditor", filter.creditorId());
        }
        if (filter.overdueOn() != null) {
            conditions.add("c.deadlines.responseDue < :today");
            parameters.put("today", filter.overdueOn());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public long countOpen() {
        return entityManager.createQuery("select count(c) from Case c where c.open = true", Long.class)
                .getSingleResult();
    }

    /** Open cases whose response target lies before {@code today} (D12). */
    public long countOverdue(LocalDate today) {
        return entityManager.createQuery("select count(c) from Case c where c.open = true"
                + " and c.deadlines.responseDue < :today", Long.class).setParameter("today", today).getSingleResult();
    }

    /** Every case, open or closed. */
    public long countAll() {
        return entityManager.createQuery("select count(c) from Case c", Long.class).getSingleResult();
    }

    /** The cases one contact became (D1): one, or a complaint and an objection, complaint first. */
    public List<CaseHeading> ofContact(String contactId) {
        return headings("where c.contactId = :key order by c.type, c.id", contactId);
    }

    /** A debtor's cases: open ones first, then the newest first. */
    public List<CaseHeading> ofDebtor(long debtorId) {
        return headings("where c.debtor.id = :key order by c.open desc, c.receivedAt desc, c.id desc", debtorId);
    }

    /** The oldest open case of a type about a claim, the one a new contact about it is linked to (D5). */
    public Optional<CaseHeading> oldestOpen(long claimId, CaseType type) {
        return entityManager.createQuery(HEADING + "where c.claim.id = :claim and c.type = :type and c.open = true"
                + " order by c.receivedAt, c.id", CaseHeading.class).setParameter("claim", claimId)
                .setParameter("type", type).setMaxResults(1).getResultStream().findFirst();
    }

    private List<CaseHeading> headings(String condition, Object key) {
        return entityManager.createQuery(HEADING + condition, CaseHeading.class).setParameter("key", key)
                .getResultList();
    }

    private static final String HEADING = "select new " + CaseHeading.class.getName()
            + "(c.reference, c.type, c.status, c.language, c.receivedAt) from Case c ";
}

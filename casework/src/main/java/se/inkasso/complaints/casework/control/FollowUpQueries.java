package se.inkasso.complaints.casework.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.inkasso.complaints.domain.persistence.Database;

/**
 * The figures of the follow-up report (D15), counted in the database over the cases received in a
 * period, optionally for one creditor.
 */
@ApplicationScoped
public class FollowUpQueries {


    @PersistenceContext(unitName = Database.UNIT)
    EntityManager entityManager;

    /** Counts per value of a column of {@code cases} (or of a joined table, as {@code alias.column}). */
    public Map<String, Long> countBy(String expression, String joins, Instant from, Instant to, Long creditor) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = range(entityManager.createNativeQuery("select " + expression + ", count(*) from cases c "
                + joins + " where" + range(creditor) + " and " + expression + " is not null group by " + expression
                + " order by " + expression), from, to, creditor).getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(row -> counts.put(String.valueOf(row[0]), ((Number) row[1]).longValue()));
        return counts;
    }

    /** How many cases in the range match an extra condition. */
    public long count(String condition, Instant from, Instant to, Long creditor) {
        return ((Number) range(entityManager.createNativeQuery("select count(*) from cases c where" + range(creditor)
                + " and (" + condition + ")"), from, to, creditor).getSingleResult()).longValue();
    }

    /** Received-at and first sent response of each answered case: for the handling times. */
    @SuppressWarnings("unchecked")
    public List<Object[]> answerTimes(Instant from, Instant to, Long creditor) {
        return range(entityManager.createNativeQuery("select c.received_at, min(r.sent_at) from cases c"
                + " join case_response r on r.case_id = c.id where" + range(creditor) + " and r.sent_at is not null"
                + " group by c.id, c.received_at"), from, to, creditor).getResultList();
    }

    /** Redress given in sent responses and decided on review (D16 carries it to the case). */
    public BigDecimal redressTotal(Instant from, Instant to, Long creditor) {
        return sum("select sum(r.redress_amount) from cases c join case_response r on r.case_id = c.id where"
                + range(creditor) + " and r.sent_at is not null", from, to, creditor)
                .add(sum("select sum(rv.redress_amount) from cases c join review rv on rv.case_id = c.id where"
                        + range(creditor) + " and rv.decided_at is not null", from, to, creditor));
    }

    private BigDecimal sum(String sql, Instant from, Instant to, Long creditor) {
        Object total = range(entityManager.createNativeQuery(sql), from, to, creditor).getSingleResult();
        return total == null ? BigDecimal.ZERO : new BigDecimal(total.toString());
    }

    private static String range(Long creditor) {
        return " c.received_at >= :from and c.received_at < :to" + (creditor == null ? "" : " and c.creditor_id = :creditor");
    }

    private static Query range(Query query, Instant from, Instant to, Long creditor) {
        query.setParameter("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .setParameter("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
        return creditor == null ? query : query.setParameter("creditor", creditor);
    }
}

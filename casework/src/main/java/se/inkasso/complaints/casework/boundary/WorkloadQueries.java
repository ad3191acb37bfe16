package se.inkasso.complaints.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import se.inkasso.complaints.domain.persistence.Database;

/**
 * The team lead's picture of the workload, counted in the database and grouped by day so that
 * a screen never reads cases one by one: what came in, how old the open cases are, and when they
 * are due. Days are UTC days; a chart by week does not notice the hour between them and Sweden.
 */
@ApplicationScoped
public class WorkloadQueries {

    private static final String OPEN = "c.is_open";
    private static final String AWAITING_ANSWER = "c.status in ('REGISTERED', 'ACKNOWLEDGED', 'INVESTIGATING',"
            + " 'AWAITING_CREDITOR')";

    /** Count of cases on one day, optionally of one kind (type, or what a day means). */
    public record DayCount(LocalDate day, String kind, long count) {
    }

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager entityManager;

    /** Cases received per day and type, from (inclusive) to (exclusive). */
    public List<DayCount> receivedPerDay(Instant from, Instant to) {
        return days(entityManager.createNativeQuery("select cast(c.received_at as date), c.type, count(*) from cases c"
                + " where c.received_at >= :from and c.received_at < :to group by cast(c.received_at as date), c.type")
                .setParameter("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .setParameter("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC)).getResultList());
    }

    /** Open cases per day received: their age. */
    public List<DayCount> openPerReceivedDay() {
        return days(entityManager.createNativeQuery("select cast(c.received_at as date), 'OPEN', count(*) from cases c"
                + " where " + OPEN + " group by cast(c.received_at as date)").getResultList());
    }

    /** Cases still waiting for their final response, per response target day. */
    public List<DayCount> awaitingPerResponseDue() {
        return days(entityManager.createNativeQuery("select c.response_due, 'DUE', count(*) from cases c where "
                + AWAITING_ANSWER + " group by c.response_due").getResultList());
    }

    /** Cases still waiting for their final response whose ceiling (D10) has passed. */
    public long pastCeiling(LocalDate today) {
        return ((Number) entityManager.createNativeQuery("select count(*) from cases c where " + AWAITING_ANSWER
                + " and c.response_ceiling < :today").setParameter("today", today).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<DayCount> days(List<?> rows) {
        return ((List<Object[]>) rows).stream().map(row -> new DayCount(day(row[0]), String.valueOf(row[1]),
                ((Number) row[2]).longValue())).toList();
    }

    private static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}

package se.inkasso.complaints.casework.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.inkasso.complaints.domain.model.DeadlineKind;
import se.inkasso.complaints.domain.persistence.Database;

/**
 * Which deadline events have been announced. The primary key makes a second announcement of the
 * same event impossible, whichever application instance tries it.
 */
@ApplicationScoped
public class DeadlineNotices {

    private static final String BREACHED = "_BREACHED";
    private static final String APPROACHING = "_APPROACHING";

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager entityManager;

    /** One announcement: a clock of a case, ran out ({@code breach}) or running out soon, on a due date. */
    public record Notice(long caseId, DeadlineKind kind, boolean breach, LocalDate due) {
    }

    /** What has been announced for these cases, in one query. */
    public Set<Notice> announced(Collection<Long> caseIds) {
        Set<Notice> announced = new HashSet<>();
        if (caseIds.isEmpty()) {
            return announced;
        }
        List<?> rows = entityManager.createNativeQuery("select case_id, kind, due_date from deadline_notice"
                + " where case_id in (?1)").setParameter(1, caseIds).setFlushMode(FlushModeType.COMMIT).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            String kind = (String) columns[1];
            boolean breach = kind.endsWith(BREACHED);
            announced.add(new Notice(((Number) columns[0]).longValue(),
                    DeadlineKind.valueOf(kind.substring(0, kind.length() - (breach ? BREACHED : APPROACHING).length())),
                    breach, localDate(columns[2])));
        }
        return announced;
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /**
     * Takes the right to announce an event in the caller's transaction.
     *
     * @param breach true for "ran out", false for "runs out soon": two announcements of one clock
     * @return true when this caller is the first; false when it was announced already
     */
    public boolean claim(long caseId, DeadlineKind kind, boolean breach, LocalDate due, Instant now) {
        return entityManager.createNativeQuery("insert into deadline_notice (case_id, kind, due_date, noticed_at)"
                + " values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, caseId).setParameter(2, kind.name() + (breach ? BREACHED : APPROACHING))
                .setParameter(3, due)
                .setParameter(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                // the notices are written at once, never held in the session: no flush of the batch's cases first
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate() == 1;
    }
}

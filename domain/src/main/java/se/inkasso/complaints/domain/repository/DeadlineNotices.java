package se.inkasso.complaints.domain.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import se.inkasso.complaints.domain.model.DeadlineKind;
import se.inkasso.complaints.domain.persistence.Database;

/**
 * Which deadline events have been announced. The primary key makes a second announcement of the
 * same event impossible, whichever application instance tries it.
 */
@ApplicationScoped
public class DeadlineNotices {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager entityManager;

    /**
     * Takes the right to announce an event in the caller's transaction.
     *
     * @param breach true for "ran out", false for "runs out soon": two announcements of one clock
     * @return true when this caller is the first; false when it was announced already
     */
    public boolean claim(long caseId, DeadlineKind kind, boolean breach, LocalDate due, Instant now) {
        return entityManager.createNativeQuery("insert into deadline_notice (case_id, kind, due_date, noticed_at)"
                + " values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, caseId).setParameter(2, kind.name() + (breach ? "_BREACHED" : "_APPROACHING")).setParameter(3, due)
                .setParameter(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate() == 1;
    }
}

package se.inkasso.complaints.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import se.inkasso.complaints.domain.json.JsonBuilders;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.LetterKind;
import se.inkasso.complaints.domain.persistence.Database;
import se.inkasso.complaints.notification.entity.NotificationChannel;

/**
 * Writes an outbox row in the caller's transaction. The unique delivery key makes a second write
 * of the same decision a no-op instead of an error that would undo the decision itself.
 */
@ApplicationScoped
public class OutboxWriter {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager entityManager;

    @Inject
    Event<Queued> queued;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String deliveryKey, NotificationChannel channel, LetterKind kind, long caseId, long debtorId,
            Language language, Map<String, String> facts) {
        JsonObjectBuilder payload = JsonBuilders.object();
        facts.forEach((name, value) -> {
            if (value != null) {
                payload.add(name, value);
            }
        });
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int inserted = entityManager.createNativeQuery("insert into notification (delivery_key, channel, kind, case_id,"
                + " debtor_id, language, payload, status, attempts, next_attempt_at, created_at, version)"
                + " values (?1, ?2, nullif(?3, ''), ?4, ?5, ?6, ?7, 'PENDING', 0, ?8, ?8, 0) on conflict do nothing")
                .setParameter(1, deliveryKey).setParameter(2, channel.name()).setParameter(3, kind == null ? "" : kind.name())
                .setParameter(4, caseId).setParameter(5, debtorId).setParameter(6, language.name())
                .setParameter(7, payload.build().toString()).setParameter(8, now)
                // the row needs nothing the transaction holds unflushed: no flush of everything it holds first (#9)
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
        if (inserted == 1) {
            queued.fire(new Queued(deliveryKey));
        }
    }
}

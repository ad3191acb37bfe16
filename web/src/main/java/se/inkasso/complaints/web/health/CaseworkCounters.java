package se.inkasso.complaints.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import se.inkasso.complaints.domain.event.CaseClosed;
import se.inkasso.complaints.domain.event.CollectionHoldLifted;
import se.inkasso.complaints.domain.event.CollectionHoldPlaced;
import se.inkasso.complaints.domain.event.DeadlineApproaching;
import se.inkasso.complaints.domain.event.DeadlineBreached;
import se.inkasso.complaints.domain.model.DeadlineKind;

/**
 * Counts what casework announces, for monitoring: clocks running out soon and missed (D11, D12,
 * D7), cases closed, collection holds placed and lifted (D6). Operations alert on breaches as they
 * happen; the counts are per instance since its start, as Prometheus counters are (it adds the
 * instances up). Counted once the announcing transaction has committed.
 */
@ApplicationScoped
public class CaseworkCounters {

    @Inject
    MetricRegistry metrics;

    private final Map<DeadlineKind, Counter> approaching = new EnumMap<>(DeadlineKind.class);
    private final Map<DeadlineKind, Counter> breached = new EnumMap<>(DeadlineKind.class);
    private Counter closed;
    private Counter holdsPlaced;
    private Counter holdsLifted;

    /**
     * Registers the counters with the application, before anything is counted: the registry can be
     * reached only where the application's context is, which the startup work (demo data) lacks.
     */
    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (DeadlineKind kind : DeadlineKind.values()) {
            Tag tag = new Tag("kind", kind.name().toLowerCase(Locale.ROOT));
            approaching.put(kind, metrics.counter(Metadata.builder().withName("deadlines_approaching")
                    .withDescription("Clocks found running out within the lead time").build(), tag));
            breached.put(kind, metrics.counter(Metadata.builder().withName("deadlines_breached")
                    .withDescription("Clocks found run out: the answer or step came too late").build(), tag));
        }
        closed = metrics.counter(Metadata.builder().withName("cases_closed")
                .withDescription("Cases closed with their root cause").build());
        holdsPlaced = metrics.counter(Metadata.builder().withName("collection_holds_placed")
                .withDescription("Collection holds placed on claims for objections").build());
        holdsLifted = metrics.counter(Metadata.builder().withName("collection_holds_lifted")
                .withDescription("Collection holds lifted from claims").build());
    }

    void approaching(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeadlineApproaching event) {
        approaching.get(event.kind()).inc();
    }

    void breached(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeadlineBreached event) {
        breached.get(event.kind()).inc();
    }

    void closed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseClosed event) {
        closed.inc();
    }

    void holdPlaced(@Observes(during = TransactionPhase.AFTER_SUCCESS) CollectionHoldPlaced event) {
        holdsPlaced.inc();
    }

    void holdLifted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CollectionHoldLifted event) {
        holdsLifted.inc();
    }
}

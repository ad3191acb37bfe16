package se.inkasso.complaints.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Locale;
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

    void approaching(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeadlineApproaching event) {
        deadline("deadlines_approaching", "Clocks found running out within the lead time", event.kind());
    }

    void breached(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeadlineBreached event) {
        deadline("deadlines_breached", "Clocks found run out: the answer or step came too late", event.kind());
    }

    void closed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseClosed event) {
        metrics.counter(Metadata.builder().withName("cases_closed")
                .withDescription("Cases closed with their root cause").build()).inc();
    }

    void holdPlaced(@Observes(during = TransactionPhase.AFTER_SUCCESS) CollectionHoldPlaced event) {
        metrics.counter(Metadata.builder().withName("collection_holds_placed")
                .withDescription("Collection holds placed on claims for objections").build()).inc();
    }

    void holdLifted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CollectionHoldLifted event) {
        metrics.counter(Metadata.builder().withName("collection_holds_lifted")
                .withDescription("Collection holds lifted from claims").build()).inc();
    }

    private void deadline(String name, String description, DeadlineKind kind) {
        metrics.counter(Metadata.builder().withName(name).withDescription(description).build(),
                new Tag("kind", kind.name().toLowerCase(Locale.ROOT))).inc();
    }
}

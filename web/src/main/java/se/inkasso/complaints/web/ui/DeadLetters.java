package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import se.inkasso.complaints.domain.casefile.CaseLookup;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.notification.boundary.DeliveryStatus;
import se.inkasso.complaints.notification.boundary.Outbox;
import se.inkasso.complaints.notification.boundary.OutboxItem;

/** The notifications given up (D19), for team leads to look at and send again. */
@Named
@RequestScoped
public class DeadLetters {

    private static final int SHOWN = 500;

    /** One notification as the list shows it. */
    public record Line(long id, String caseReference, String channel, String kind, int attempts,
            java.time.Instant createdAt, String lastError) {
    }

    @Inject
    Outbox outbox;

    @Inject
    CaseLookup cases;

    @Inject
    Problems problems;

    @Inject
    Texts texts;

    private List<Line> lines;

    public List<Line> getItems() {
        if (lines == null) {
            List<OutboxItem> dead = outbox.list(DeliveryStatus.DEAD, SHOWN);
            Map<Long, CaseReference> references = cases.references(dead.stream().map(OutboxItem::caseId).toList());
            lines = dead.stream().map(item -> new Line(item.id(), references.get(item.caseId()).value(), item.channel(),
                    item.kind(), item.attempts(), item.createdAt(), item.lastError())).toList();
        }
        return lines;
    }

    public void retry(long id) {
        try {
            outbox.retry(id);
            problems.info(texts.format("deadLetters.retried", id));
        } catch (RuntimeException refusal) {
            problems.show(refusal, "dead");
        }
        lines = null;
    }
}

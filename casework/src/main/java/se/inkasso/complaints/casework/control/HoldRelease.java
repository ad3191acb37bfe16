package se.inkasso.complaints.casework.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import se.inkasso.complaints.casework.entity.Case;
import se.inkasso.complaints.domain.event.CollectionHoldLifted;
import se.inkasso.complaints.domain.model.TimelineStep;

/**
 * Ends an objection's hold on its claim (D6): on the claim, on the case's timeline and as
 * {@link CollectionHoldLifted} for those who watch collection, in the caller's transaction.
 */
@ApplicationScoped
public class HoldRelease {

    @Inject
    Event<CollectionHoldLifted> holdLifted;

    public void lift(Case objection, String reason, String actor, Instant at) {
        objection.claim().liftHolds(objection.id(), reason, at);
        objection.record(TimelineStep.HOLD_LIFTED, actor, at, reason);
        holdLifted.fire(new CollectionHoldLifted(objection.claim().id(), objection.id(), reason, at));
    }
}

package se.inkasso.complaints.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import se.inkasso.complaints.casework.control.CaseLoader;
import se.inkasso.complaints.casework.entity.Case;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.event.CaseReclassified;
import se.inkasso.complaints.domain.event.CollectionHoldLifted;
import se.inkasso.complaints.domain.event.CollectionHoldPlaced;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.CollectionHold;
import se.inkasso.complaints.domain.model.ComplaintCategory;
import se.inkasso.complaints.domain.model.ObjectionGrounds;
import se.inkasso.complaints.domain.model.TimelineStep;

/**
 * Correcting a wrong classification (D2): nothing is deleted, the reason is on the timeline, and
 * the collection hold follows the type: an objection holds the claim (D6), a complaint does not.
 */
@ApplicationScoped
public class Reclassification {

    @Inject
    CaseLoader loader;

    @Inject
    Event<CaseReclassified> reclassified;

    @Inject
    Event<CollectionHoldPlaced> holdPlaced;

    @Inject
    Event<CollectionHoldLifted> holdLifted;

    Clock clock = Clock.systemUTC();

    @Transactional
    public void reclassify(CaseReference reference, CaseType newType, ComplaintCategory category,
            ObjectionGrounds grounds, String reason, String actor, Long expectedVersion) {
        if (newType == CaseType.OBJECTION && grounds == null) {
            throw DomainException.about("grounds", "intake.grounds-missing");
        }
        Case caseFile = loader.load(reference, expectedVersion, actor);
        CaseType from = caseFile.type();
        Instant now = clock.instant();
        caseFile.reclassify(newType, category != null ? category : ComplaintCategory.OTHER, grounds,
                newType.name() + "-" + caseFile.language().name(), reason, actor, now);
        var claim = caseFile.claim();
        if (newType == CaseType.OBJECTION) {
            CollectionHold hold = claim.placeHold(caseFile.id(), null, now);
            caseFile.record(TimelineStep.HOLD_PLACED, Case.SYSTEM, now, null);
            loader.flush();
            holdPlaced.fire(new CollectionHoldPlaced(hold.id(), claim.id(), caseFile.id(), null, now));
        } else {
            claim.liftHolds(caseFile.id(), "RECLASSIFIED", now);
            caseFile.record(TimelineStep.HOLD_LIFTED, Case.SYSTEM, now, "RECLASSIFIED");
            holdLifted.fire(new CollectionHoldLifted(claim.id(), caseFile.id(), "RECLASSIFIED", now));
        }
        reclassified.fire(new CaseReclassified(caseFile.id(), reference.value(), from, newType, reason, now,
                caseFile.debtorId(), caseFile.language()));
    }
}

package se.inkasso.complaints.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import se.inkasso.complaints.casework.control.CaseLoader;
import se.inkasso.complaints.casework.control.RootCauseRepository;
import se.inkasso.complaints.casework.entity.Case;
import se.inkasso.complaints.casework.entity.RootCause;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.event.CaseClosed;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.CorrectiveAction;

/** Closing an answered case with its root cause and any corrective action, for follow-up (D15). */
@ApplicationScoped
public class Closure {

    @Inject
    CaseLoader loader;

    @Inject
    RootCauseRepository rootCauses;

    @Inject
    Event<CaseClosed> closed;

    Clock clock = Clock.systemUTC();

    @Transactional
    public void close(CaseReference reference, String rootCauseCode, CorrectiveAction action, String actor,
            Long expectedVersion) {
        RootCause rootCause = rootCauses.find(rootCauseCode).filter(RootCause::isActive)
                .orElseThrow(() -> DomainException.about("rootCause", "closure.root-cause", rootCauseCode));
        Case caseFile = loader.load(reference, expectedVersion, actor);
        Instant now = clock.instant();
        caseFile.close(rootCause.code(), action, actor, now);
        closed.fire(new CaseClosed(caseFile.id(), reference.value(), rootCause.code()));
    }

    /** Marks the corrective action of a closed case as carried out, for follow-up (D15). */
    @Transactional
    public void completeCorrectiveAction(CaseReference reference, String actor, Long expectedVersion) {
        Case caseFile = loader.load(reference, expectedVersion, actor);
        caseFile.completeCorrectiveAction(actor, clock.instant());
    }
}

package se.inkasso.complaints.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import se.inkasso.complaints.casework.control.CaseRepository;
import se.inkasso.complaints.casework.entity.Case;
import se.inkasso.complaints.domain.NotFoundException;
import se.inkasso.complaints.domain.StateConflictException;
import se.inkasso.complaints.domain.event.AdditionReceived;
import se.inkasso.complaints.domain.model.TimelineStep;

/**
 * What a debtor adds to their open case (D25) is on its timeline in their words, beside the case:
 * the clocks do not restart and no handler's save is refused for it. A case that has ended, or is
 * not theirs, takes nothing: the addition is refused whole.
 */
@ApplicationScoped
public class Additions {

    @Inject
    CaseRepository cases;

    void received(@Observes AdditionReceived addition) {
        Case caseFile = cases.find(addition.caseId()).filter(found -> found.debtor().id() == addition.debtorId())
                .orElseThrow(() -> new NotFoundException("case.unknown", String.valueOf(addition.caseId())));
        if (!caseFile.status().isOpen()) {
            throw new StateConflictException("addition.state", caseFile.reference().value());
        }
        cases.addStepBeside(caseFile.id(), addition.at(), "debtor", TimelineStep.CASE_ADDED_TO, addition.text());
    }
}

package se.inkasso.complaints.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import se.inkasso.complaints.casework.control.CaseRepository;
import se.inkasso.complaints.casework.entity.Case;
import se.inkasso.complaints.domain.NotFoundException;
import se.inkasso.complaints.domain.event.AgencyWrote;
import se.inkasso.complaints.domain.event.DebtorWrote;
import se.inkasso.complaints.domain.model.TimelineStep;

/**
 * Casework's side of the messages both ways (D24): each message about a case is on its timeline,
 * beside the case (a handler saving the case meanwhile is not refused). A debtor writes only about
 * their own case: about anyone else's, the message is refused whole, as if that case did not exist.
 */
@ApplicationScoped
public class Messages {

    @Inject
    CaseRepository cases;

    void debtorWrote(@Observes DebtorWrote wrote) {
        if (wrote.caseId() == null) {
            return;
        }
        Case caseFile = cases.find(wrote.caseId()).filter(found -> found.debtor().id() == wrote.debtorId())
                .orElseThrow(() -> new NotFoundException("case.unknown", String.valueOf(wrote.caseId())));
        cases.addStepBeside(caseFile.id(), wrote.at(), "debtor", TimelineStep.MESSAGE_FROM_DEBTOR, null);
    }

    void agencyWrote(@Observes AgencyWrote wrote) {
        cases.addStepBeside(wrote.caseId(), wrote.at(), wrote.by(), TimelineStep.MESSAGE_FROM_AGENCY, null);
    }
}

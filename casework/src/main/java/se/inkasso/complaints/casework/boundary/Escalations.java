package se.inkasso.complaints.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import se.inkasso.complaints.casework.control.CaseRepository;
import se.inkasso.complaints.casework.entity.Case;
import se.inkasso.complaints.domain.event.ExternalReferralIssued;
import se.inkasso.complaints.domain.event.ExternalReferralUpdated;
import se.inkasso.complaints.domain.event.ReviewDecided;
import se.inkasso.complaints.domain.event.ReviewRequested;
import se.inkasso.complaints.domain.model.TimelineStep;

/**
 * Casework's side of escalation, which escalation asks for by event: the case is ESCALATED while
 * the complaints officer reviews it and answered again when the review is decided (D16), and the
 * referrals to the external bodies are on its timeline (D17). Observed in the requesting
 * transaction, so a refusal here undoes the request.
 */
@ApplicationScoped
public class Escalations {

    @Inject
    CaseRepository cases;

    /** @throws se.inkasso.complaints.domain.StateConflictException when the case cannot be reviewed now */
    void reviewRequested(@Observes ReviewRequested requested) {
        Case caseFile = cases.find(requested.caseId()).orElseThrow();
        caseFile.escalate(requested.reason(), requested.requestedBy(), requested.requestedAt());
    }

    void reviewDecided(@Observes ReviewDecided decided) {
        Case caseFile = cases.find(decided.caseId()).orElseThrow();
        caseFile.reviewed(decided.outcome(), decided.decidedBy(), decided.decidedAt());
    }

    void referred(@Observes ExternalReferralIssued issued) {
        Case caseFile = cases.find(issued.caseId()).orElseThrow();
        caseFile.record(TimelineStep.REFERRAL_ISSUED, issued.issuedBy(), issued.issuedAt(), issued.body().name()
                + (issued.externalReference() == null ? "" : " " + issued.externalReference()));
    }

    void referralUpdated(@Observes ExternalReferralUpdated updated) {
        Case caseFile = cases.find(updated.caseId()).orElseThrow();
        caseFile.record(TimelineStep.REFERRAL_UPDATED, updated.updatedBy(), updated.updatedAt(), updated.body().name());
    }
}

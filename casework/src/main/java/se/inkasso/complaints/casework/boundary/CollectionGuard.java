package se.inkasso.complaints.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import se.inkasso.complaints.casework.control.CaseRepository;
import se.inkasso.complaints.domain.NotFoundException;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.CollectionAction;
import se.inkasso.complaints.domain.model.CollectionDecision;
import se.inkasso.complaints.domain.money.Money;
import se.inkasso.complaints.domain.repository.ClaimRepository;

/**
 * The check every collection action must pass (D6, D8): reminders, payment demands, fees and
 * payment-order applications are refused while an objection holds the amount.
 */
@ApplicationScoped
public class CollectionGuard {

    @Inject
    ClaimRepository claims;

    @Inject
    CaseRepository cases;

    /** The decision and, when a hold refuses, the reference of the objection that placed it. */
    public record Verdict(CollectionDecision decision, Optional<CaseReference> holdingCase) {
    }

    @Transactional
    public Verdict check(String claimReference, CollectionAction action, Money amount) {
        var claim = claims.findByReference(claimReference)
                .orElseThrow(() -> new NotFoundException("claim.unknown", claimReference));
        CollectionDecision decision = claim.mayTake(action, amount);
        return new Verdict(decision,
                decision.holdingCase().flatMap(cases::find).map(caseFile -> caseFile.reference()));
    }
}

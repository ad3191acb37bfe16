package se.inkasso.complaints.domain.casefile;

import java.util.Optional;
import se.inkasso.complaints.domain.model.Decision;
import se.inkasso.complaints.domain.money.Money;

/** What a final response decided (D14), as its letter states it. */
public record ResponseFacts(long id, long caseId, Decision decision, Optional<String> reasons,
        Optional<String> redress, Optional<Money> redressAmount) {
}

package se.inkasso.complaints.casework.boundary;

import java.time.Instant;
import java.util.List;
import se.inkasso.complaints.casework.entity.FinalResponse;
import se.inkasso.complaints.domain.model.Decision;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.money.Money;

/**
 * A final response just drafted, with what it still lacks before it may be sent (D14): each
 * problem a message key, empty when the draft is complete.
 */
public record ResponseDraft(long id, Decision decision, String reasons, String redress, Money redressAmount,
        Language language, boolean statesFreeOfCharge, boolean statesOnwardRoutes, String draftedBy,
        Instant draftedAt, List<String> problems) {

    public ResponseDraft {
        problems = List.copyOf(problems);
    }

    static ResponseDraft of(FinalResponse response, List<String> problems) {
        return new ResponseDraft(response.id(), response.decision(), response.ruling().reasons().orElse(null),
                response.ruling().redress().orElse(null), response.ruling().redressAmount().orElse(null), response.language(),
                response.statesFreeOfCharge(), response.statesOnwardRoutes(), response.draftedBy(),
                response.draftedAt(), problems);
    }

    public boolean sendable() {
        return problems.isEmpty();
    }
}

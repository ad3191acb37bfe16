package se.inkasso.complaints.domain.event;

import se.inkasso.complaints.domain.model.ReviewOutcome;

/** The complaints officer decided a review (D16); the debtor gets the decision with the routes onward. */
public record ReviewDecided(long reviewId, long caseId, String reference, ReviewOutcome outcome, String reasons,
        String redress, String decidedBy) {
}

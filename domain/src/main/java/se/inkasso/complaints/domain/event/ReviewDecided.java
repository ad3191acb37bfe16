package se.inkasso.complaints.domain.event;

import java.time.Instant;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.ReviewOutcome;

/**
 * The complaints officer decided a review (D16): casework makes the case answered again; the
 * debtor gets the decision with the routes onward.
 */
public record ReviewDecided(long reviewId, long caseId, String reference, ReviewOutcome outcome, String reasons,
        String redress, String decidedBy, Instant decidedAt, long debtorId, Language language) {
}

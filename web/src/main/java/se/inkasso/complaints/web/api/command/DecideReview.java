package se.inkasso.complaints.web.api.command;

import se.inkasso.complaints.domain.model.ReviewOutcome;
import se.inkasso.complaints.domain.money.Money;

/**
 * {@code POST /api/reviews/{id}/decision} (D16): the complaints officer's outcome, its reasons and any
 * redress. Whether the outcome and reasons are there is the review's own rule (422, beside who may
 * decide), not the request's.
 */
public record DecideReview(ReviewOutcome outcome, @MaxLength(8000) String reasons, @MaxLength(2000) String redress,
        @PositiveAmount Money redressAmount) {
}

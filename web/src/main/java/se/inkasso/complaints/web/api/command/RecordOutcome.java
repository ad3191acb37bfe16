package se.inkasso.complaints.web.api.command;

import se.inkasso.complaints.domain.model.ObjectionOutcome;
import se.inkasso.complaints.domain.money.Money;

/**
 * {@code POST /api/cases/{reference}/objection-outcome} (D8): WITHDRAWN, ADJUSTED (with the
 * corrected principal {@code adjustedAmount} and/or {@code refundFees}), MAINTAINED, or PARTIAL
 * (with {@code disputedAmount}, the part that stays on hold).
 */
public record RecordOutcome(@Required ObjectionOutcome outcome, @PositiveAmount Money adjustedAmount,
        boolean refundFees, @PositiveAmount Money disputedAmount, @MaxLength(2000) String note) {
}

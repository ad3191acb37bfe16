package se.inkasso.complaints.web.api.command;

import se.inkasso.complaints.casework.boundary.Withdrawals;

/** {@code POST /api/portal/cases/{reference}/withdrawal} (D26): why, if the debtor wants to say. */
public record Withdraw(@MaxLength(Withdrawals.LONGEST_REASON) String reason) {
}

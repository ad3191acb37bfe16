package se.inkasso.complaints.web.api.command;

import se.inkasso.complaints.intake.boundary.TextLimits;

/** {@code POST /api/portal/cases/{reference}/additions} (D25): what the debtor adds to their open case. */
public record AddToCase(@Required @MaxLength(TextLimits.MESSAGE) String text) {
}

package se.inkasso.complaints.web.api.command;

import se.inkasso.complaints.intake.boundary.TextLimits;

/**
 * {@code POST /api/portal/messages} (D24): the debtor writes to the agency, about one of their
 * cases ({@code caseReference}) or, without one, in general.
 */
public record WriteMessage(@Required @MaxLength(TextLimits.MESSAGE) String text,
        @MaxLength(TextLimits.IDENTIFIER) String caseReference) {
}

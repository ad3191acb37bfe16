package se.inkasso.complaints.web.api.command;

import se.inkasso.complaints.domain.model.ComplaintCategory;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.ObjectionGrounds;
import se.inkasso.complaints.domain.money.Money;
import se.inkasso.complaints.intake.boundary.TextLimits;

/** {@code POST /api/portal/cases}: the debtor files a complaint, an objection, or both (D1). */
public record FileContact(ContactKind type,
        @Required @MaxLength(TextLimits.IDENTIFIER) String claimReference,
        ComplaintCategory category, ObjectionGrounds grounds, @PositiveAmount Money disputedAmount,
        @Required @MaxLength(TextLimits.DESCRIPTION) String description,
        @MaxLength(TextLimits.REMEDY) String remedySought, Language language) implements ContactFields {
}

package se.inkasso.complaints.web.api.command;

import se.inkasso.complaints.domain.model.ComplaintCategory;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.ObjectionGrounds;
import se.inkasso.complaints.domain.money.Money;

/** {@code POST /api/portal/cases}: the debtor files a complaint, an objection, or both (D1). */
public record FileContact(ContactKind type,
        @Required String claimReference,
        ComplaintCategory category, ObjectionGrounds grounds, Money disputedAmount,
        @Required String description,
        String remedySought, Language language) implements ContactFields {
}

package se.inkasso.complaints.domain.model;

import java.time.Instant;
import se.inkasso.complaints.domain.money.Money;

/**
 * What a debtor told the agency in one contact, as accepted by intake and carried to casework:
 * the values D4 asks to be recorded, before the case has a reference.
 */
public record CaseRequest(
        CaseType type,
        Channel channel,
        ComplaintCategory category,
        ObjectionGrounds grounds,
        Money disputedAmount,
        String description,
        String remedySought,
        Language language,
        Instant receivedAt) {
}

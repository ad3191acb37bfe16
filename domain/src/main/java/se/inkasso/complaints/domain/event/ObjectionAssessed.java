package se.inkasso.complaints.domain.event;

import java.time.LocalDate;
import se.inkasso.complaints.domain.model.Language;

/**
 * An objection was assessed (D7). Not substantive: the hold is lifted and the debtor gets a
 * reasoned letter. Substantive: the claim is disputed and the creditor's position is asked for.
 *
 * @param creditorPositionDue when the creditor's position is due; null when not substantive
 */
public record ObjectionAssessed(long caseId, String reference, long claimId, boolean substantive, String reason,
        LocalDate creditorPositionDue, long debtorId, Language language) {
}

package se.inkasso.complaints.domain.event;

import java.time.LocalDate;
import se.inkasso.complaints.domain.model.Language;

/**
 * The response target was missed: the debtor is to get a letter with the reason and the new date
 * (D12), at most up to the 8-week ceiling.
 */
public record DelayLetterRequested(long caseId, String reference, LocalDate missedDue, LocalDate newDue,
        String reason, long debtorId, Language language) {
}

package se.inkasso.complaints.domain.event;

import se.inkasso.complaints.domain.model.Decision;
import se.inkasso.complaints.domain.model.Language;

/**
 * A final response passed its checklist and was sent (D14).
 *
 * @param shortResolution the case was resolved within 3 business days: a short resolution letter (D12)
 */
public record ResponseSent(long caseId, String reference, long responseId, Decision decision, Language language,
        boolean shortResolution, long debtorId) {
}

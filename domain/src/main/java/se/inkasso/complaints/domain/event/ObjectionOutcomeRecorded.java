package se.inkasso.complaints.domain.event;

import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.ObjectionOutcome;

/** The outcome of a substantive objection (D8); the debtor is told it in a letter. */
public record ObjectionOutcomeRecorded(long caseId, String reference, long claimId, ObjectionOutcome outcome,
        String note, long debtorId, Language language) {
}

package se.inkasso.complaints.domain.event;

import java.time.Instant;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Deadlines;
import se.inkasso.complaints.domain.model.Language;

/** Casework registered a case with its reference and clocks; letters and queues follow from it. */
public record CaseRegistered(long caseId, String reference, CaseType type, long debtorId, long claimId,
        String contactId, Instant receivedAt, Deadlines deadlines, Language language, boolean resolvedOnContact) {
}

package se.inkasso.complaints.domain.event;

import java.time.Instant;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Language;

/** A case's type was corrected (D2), with the reason; the debtor is acknowledged again as the new type. */
public record CaseReclassified(long caseId, String reference, CaseType from, CaseType to, String reason,
        Instant reclassifiedAt, long debtorId, Language language) {
}

package se.inkasso.complaints.domain.event;

import java.time.Instant;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Language;

/**
 * The debtor withdrew a case before its answer (D26); notification confirms it in writing. An
 * objection's hold was lifted in the same transaction ({@link CollectionHoldLifted}).
 */
public record CaseWithdrawn(long caseId, String reference, CaseType type, long claimId, long debtorId,
        Language language, Instant at) {
}

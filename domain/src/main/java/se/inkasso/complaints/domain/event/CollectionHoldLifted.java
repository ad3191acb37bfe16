package se.inkasso.complaints.domain.event;

import java.time.Instant;

/** Collection may go on again for a claim an objection had stopped (D7, D8), and why. */
public record CollectionHoldLifted(long claimId, long caseId, String reason, Instant liftedAt) {
}

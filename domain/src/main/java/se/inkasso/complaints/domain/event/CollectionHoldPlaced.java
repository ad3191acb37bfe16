package se.inkasso.complaints.domain.event;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An objection stopped collection on a claim (D6).
 *
 * @param amount the disputed amount on hold, or null when the whole claim is
 */
public record CollectionHoldPlaced(long holdId, long claimId, long caseId, BigDecimal amount, Instant placedAt) {
}

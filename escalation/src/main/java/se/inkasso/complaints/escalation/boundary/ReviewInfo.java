package se.inkasso.complaints.escalation.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import se.inkasso.complaints.escalation.entity.Review;

/** A review as the officer's queue and the case show it. */
public record ReviewInfo(long id, long caseId, Instant requestedAt, String requestedBy, String channel, String reason,
        LocalDate due, String outcome, String reasons, String redress, BigDecimal redressAmount, String decidedBy,
        Instant decidedAt) {

    static ReviewInfo of(Review review) {
        return new ReviewInfo(review.id(), review.caseId(), review.requestedAt(), review.requestedBy(),
                review.channel().name(), review.reason(), review.due(), review.outcome().map(Enum::name).orElse(null),
                review.ruling().reasons().orElse(null), review.ruling().redress().orElse(null),
                review.ruling().redressAmount().map(money -> money.amount()).orElse(null), review.decidedBy().orElse(null),
                review.decidedAt().orElse(null));
    }
}

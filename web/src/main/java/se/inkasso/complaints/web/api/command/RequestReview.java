package se.inkasso.complaints.web.api.command;

/**
 * {@code POST /api/cases/{reference}/review-request} and {@code /api/portal/cases/{reference}/review-request}
 * (D16): why the debtor is not satisfied. A missing reason is the review's own rule (422).
 */
public record RequestReview(@MaxLength(4000) String reason) {
}

package se.inkasso.complaints.domain.model;

/** What a complaint is about: how the agency works, never whether the claim is right. */
public enum ComplaintCategory {
    SERVICE,
    CONDUCT,
    LAW_OR_RULE_NOT_FOLLOWED,
    COMMUNICATION,
    PAYMENT_HANDLING,
    OTHER
}

package se.inkasso.complaints.domain.model;

/** Whether the agency may act to collect a claim (D6-D8). */
public enum CollectionStatus {
    ACTIVE,
    /** An objection is registered: no reminders, demands, fees or payment-order applications (D6). */
    ON_HOLD,
    /** A substantive objection: the creditor's position is awaited or the claim goes to court (D7, D8). */
    DISPUTED,
    CLOSED
}

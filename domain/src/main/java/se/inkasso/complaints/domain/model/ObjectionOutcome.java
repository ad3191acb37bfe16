package se.inkasso.complaints.domain.model;

/** How an objection ends (D8). */
public enum ObjectionOutcome {
    /** The creditor withdraws the claim: collection ends. */
    WITHDRAWN,
    /** Amount or fees corrected (fees refunded when the debt was paid before the demand); collection of the rest may go on. */
    ADJUSTED,
    /** The creditor keeps the claim: it stays disputed, the next step is a court, never a payment order. */
    MAINTAINED,
    /** Only the undisputed part may continue; the disputed part stays on hold. */
    PARTIAL
}

package se.inkasso.complaints.domain.model;

/** What a creditor or the agency may want to do to collect a claim; each must pass the hold (D6). */
public enum CollectionAction {
    REMINDER,
    PAYMENT_DEMAND,
    FEE,
    /** Betalningsföreläggande at Kronofogden: never on a disputed claim (D8). */
    PAYMENT_ORDER_APPLICATION
}

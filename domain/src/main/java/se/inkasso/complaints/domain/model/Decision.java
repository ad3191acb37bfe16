package se.inkasso.complaints.domain.model;

/** The decision a final response gives the debtor (D14). */
public enum Decision {
    UPHELD,
    PARTIALLY_UPHELD,
    REJECTED
}

package se.inkasso.complaints.domain.model;

/** The complaints officer's decision on a review (D16). */
public enum ReviewOutcome {
    UPHELD,
    PARTIALLY_UPHELD,
    NOT_UPHELD
}

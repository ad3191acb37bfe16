package se.inkasso.complaints.domain.model;

/** Where a case's response target stands on a given day (D12), as the queues show it. */
public enum DueState {
    ON_TRACK,
    /** Within the lead time before the target. */
    DUE_SOON,
    /** The target has passed. */
    OVERDUE
}

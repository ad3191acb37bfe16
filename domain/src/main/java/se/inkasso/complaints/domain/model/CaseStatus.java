package se.inkasso.complaints.domain.model;

/**
 * Where a case is in its lifecycle: RECEIVED, REGISTERED, ACKNOWLEDGED, INVESTIGATING, RESPONDED,
 * CLOSED, with RESOLVED_ON_CONTACT as the short path and ESCALATED after a response the debtor is
 * not satisfied with. AWAITING_CREDITOR is the objection waiting for the creditor's position (D7).
 * WITHDRAWN: the debtor took it back before the answer (D26).
 */
public enum CaseStatus {
    RECEIVED,
    REGISTERED,
    ACKNOWLEDGED,
    INVESTIGATING,
    AWAITING_CREDITOR,
    RESPONDED,
    RESOLVED_ON_CONTACT,
    ESCALATED,
    CLOSED,
    WITHDRAWN;

    /** Still to be handled: not closed, not resolved during the contact and not withdrawn. */
    public boolean isOpen() {
        return this != CLOSED && this != RESOLVED_ON_CONTACT && this != WITHDRAWN;
    }
}

package se.inkasso.complaints.domain.model;

/** The clocks of a case (D11, D12, D7). */
public enum DeadlineKind {
    /** Written acknowledgement within 1 business day (D11). */
    ACKNOWLEDGEMENT,
    /** The final-response target, moved only by a delay letter (D12). */
    RESPONSE,
    /** The hard ceiling, 8 weeks from received-at (D12). */
    CEILING,
    /** The creditor's position on a substantive objection (D7). */
    CREDITOR_POSITION
}

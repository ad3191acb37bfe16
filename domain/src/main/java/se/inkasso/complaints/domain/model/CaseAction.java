package se.inkasso.complaints.domain.model;

/**
 * What may be done with a case in its present state: the case decides ({@link Case#allowedActions}),
 * and the pages, the portal and the API offer only these.
 */
public enum CaseAction {
    /** Write and send the final response (D14): the case waits for its answer. */
    RESPOND,
    /** Assess an objection not yet assessed (D7). */
    ASSESS_OBJECTION,
    /** Record the creditor's answer to a substantive objection (D8). */
    RECORD_OUTCOME,
    /** Correct the type of an open case (D2). */
    RECLASSIFY,
    /** Close an answered case with its root cause (D15). */
    CLOSE,
    /** Mark the corrective action decided at closure as carried out (D15). */
    COMPLETE_CORRECTIVE_ACTION,
    /** Ask for the complaints officer's review: once answered, or once the ceiling passed unanswered (D16). */
    REQUEST_REVIEW,
    /** The debtor takes the case back while it waits for its answer (D26). */
    WITHDRAW,
    /**
     * Refer to Inkassonämnden or Finansinspektionen (D17): offered once the case is answered or under
     * review, when the debtor is told where to turn next. The debtor may turn to them at any time, so
     * a referral asked for earlier (by phone, through the API) is not refused.
     */
    REFER
}

package se.inkasso.complaints.domain.model;

/** The letters the agency writes to a debtor about a case (D6-D8, D11, D12, D14, D16, D17). */
public enum LetterKind {
    /** D11: received, the expected answer date, how to reach the complaints officer. */
    COMPLAINT_ACKNOWLEDGEMENT,
    /** D6: received, collection is paused meanwhile. */
    OBJECTION_ACKNOWLEDGEMENT,
    /** D2, D12: a phone contact resolved during the call, confirmed in writing. */
    RESOLUTION_ON_CONTACT,
    /** D12: a final response within 3 business days, in short form with every D14 part. */
    SHORT_RESOLUTION,
    /** D12: the response target cannot be met: the reason and the new date. */
    DELAY,
    /** D14: decision, reasons, redress, free of charge, onward routes. */
    FINAL_RESPONSE,
    /** D7: whether the objection is substantive, and what happens to collection. */
    OBJECTION_ASSESSMENT,
    /** D8: the creditor's answer and what it means for the claim. */
    OBJECTION_OUTCOME,
    /** D16: the complaints officer will review the case, by when. */
    REVIEW_ACKNOWLEDGEMENT,
    /** D16, D17: the officer's decision and the external routes. */
    REVIEW_DECISION,
    /** D17: the case referred to Inkassonämnden or Finansinspektionen, with their addresses. */
    EXTERNAL_REFERRAL,
    /** D26: the debtor withdrew the case; what that means, for an objection that collection may resume. */
    WITHDRAWAL_CONFIRMATION;

    /** Sending this letter is the written acknowledgement D11 asks for. */
    public boolean acknowledges() {
        return this == COMPLAINT_ACKNOWLEDGEMENT || this == OBJECTION_ACKNOWLEDGEMENT;
    }
}

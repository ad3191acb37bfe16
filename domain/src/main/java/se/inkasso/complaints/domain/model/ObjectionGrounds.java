package se.inkasso.complaints.domain.model;

/** Why the debtor says the claim is wrong (D7). */
public enum ObjectionGrounds {
    ALREADY_PAID,
    NOT_OWED,
    WRONG_AMOUNT,
    AGREEMENT_INVALID,
    FEES_NOT_DUE,
    OTHER
}

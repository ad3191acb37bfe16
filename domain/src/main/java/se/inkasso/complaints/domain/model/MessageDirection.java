package se.inkasso.complaints.domain.model;

/** Which way a message in Mina sidor went (D24): the agency wrote to the debtor, or the debtor to the agency. */
public enum MessageDirection {
    FROM_AGENCY,
    FROM_DEBTOR
}

package se.inkasso.complaints.domain.model;

/** Staff roles; debtors have the separate role {@link #DEBTOR} in the portal. */
public enum Role {
    AGENT,
    COMPLAINTS_OFFICER,
    TEAM_LEAD,
    ADMIN,
    DEBTOR
}

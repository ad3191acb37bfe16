package se.inkasso.complaints.domain.model;

/** Staff roles; debtors have the separate role {@link #DEBTOR} in the portal. */
public enum Role {
    AGENT,
    COMPLAINTS_OFFICER,
    TEAM_LEAD,
    ADMIN,
    /** Operations staff: may read the metrics (/metrics) and nothing of any case. */
    OPERATIONS,
    DEBTOR
}

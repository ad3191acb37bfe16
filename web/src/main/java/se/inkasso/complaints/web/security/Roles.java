package se.inkasso.complaints.web.security;

import se.inkasso.complaints.domain.model.Role;

/** Role names as compile-time constants for {@code @RolesAllowed}; they equal {@link Role}'s names. */
public final class Roles {

    public static final String AGENT = "AGENT";
    public static final String COMPLAINTS_OFFICER = "COMPLAINTS_OFFICER";
    public static final String TEAM_LEAD = "TEAM_LEAD";
    public static final String ADMIN = "ADMIN";
    public static final String OPERATIONS = "OPERATIONS";
    public static final String DEBTOR = "DEBTOR";

    private Roles() {
    }
}

package se.inkasso.complaints.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * HTTP Basic for the API in the embedded default (API.md); the constraints in web.xml decide which
 * paths need a login, {@code @RolesAllowed} on the resources which role.
 */
@BasicAuthenticationMechanismDefinition(realmName = "Complaints")
@DeclareRoles({Roles.AGENT, Roles.COMPLAINTS_OFFICER, Roles.TEAM_LEAD, Roles.ADMIN, Roles.DEBTOR})
@ApplicationScoped
public class ApiAuthentication {
}

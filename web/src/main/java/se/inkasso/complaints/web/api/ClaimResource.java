package se.inkasso.complaints.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.inkasso.complaints.domain.repository.ClaimRepository;
import se.inkasso.complaints.web.security.Roles;

/** A claim with its collection status and holds (D6), for staff. */
@Path("claims")
@RequestScoped
@RolesAllowed({Roles.AGENT, Roles.COMPLAINTS_OFFICER, Roles.TEAM_LEAD, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

    @Inject
    ClaimRepository claims;

    @Inject
    Views views;

    @GET
    @Path("{reference}")
    @Transactional
    public JsonObject claim(@PathParam("reference") String reference) {
        return views.staffClaim(claims.findByReference(reference.strip()).orElseThrow(NotFoundException::new));
    }
}

package se.inkasso.complaints.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.inkasso.complaints.casework.boundary.RootCauses;
import se.inkasso.complaints.domain.json.JsonBuilders;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.web.security.Roles;

/** The managed list of root causes a closure names (D15). */
@Path("root-causes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.COMPLAINTS_OFFICER, Roles.TEAM_LEAD, Roles.ADMIN})
public class RootCauseResource {

    @Inject
    RootCauses rootCauses;

    @GET
    @Transactional
    public JsonArray list() {
        JsonArrayBuilder list = JsonBuilders.array();
        rootCauses.active().forEach(cause -> list.add(JsonBuilders.object().add("code", cause.code())
                .add("sv", cause.name(Language.SV)).add("en", cause.name(Language.EN))));
        return list.build();
    }
}

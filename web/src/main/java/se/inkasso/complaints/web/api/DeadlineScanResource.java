package se.inkasso.complaints.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import se.inkasso.complaints.casework.boundary.DeadlineWatch;
import se.inkasso.complaints.domain.json.JsonBuilders;
import se.inkasso.complaints.web.security.Roles;

/**
 * The deadline job (D11, D12) run now rather than at its next ten minutes, for operations after
 * an outage and for the benchmark (#9); safe beside the scheduled run, since each announcement is
 * claimed once in the database.
 */
@Path("deadline-scans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DeadlineScanResource {

    @Inject
    DeadlineWatch watch;

    /** 200 with how many cases were looked at and how long the scan took. */
    @POST
    public JsonObject scan() {
        Instant started = Instant.now();
        int looked = watch.scanToday();
        return JsonBuilders.object().add("looked", looked)
                .add("millis", Duration.between(started, Instant.now()).toMillis()).build();
    }
}

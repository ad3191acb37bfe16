package se.inkasso.complaints.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Activates JAX-RS under {@code /api}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Complaints and objections API", version = "1",
        description = "Complaint and objection case management for a Swedish debt-collection agency"))
public class RestApplication extends Application {

    /** Enforces {@code @RolesAllowed} on the resources, which are CDI beans rather than EJBs. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}

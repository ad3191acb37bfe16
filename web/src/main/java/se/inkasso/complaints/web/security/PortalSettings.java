package se.inkasso.complaints.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.inkasso.complaints.domain.persistence.Database;

/**
 * Whether debtors may log in with personnummer and password: the clearly labelled demo login,
 * only with the embedded demo database unless configured; production uses e-identification.
 */
@Named
@ApplicationScoped
public class PortalSettings {

    @Inject
    @ConfigProperty(name = "complaints.portal.demo-login", defaultValue = "auto")
    String demoLogin;

    @Inject
    Database database;

    private Boolean demo;

    /** {@code auto}: on with the embedded H2 database only; {@code true} or {@code false} as said. */
    public boolean isDemoLogin() {
        if (demo == null) {
            demo = switch (demoLogin.strip().toLowerCase()) {
                case "true" -> true;
                case "false" -> false;
                default -> database.isEmbedded();
            };
        }
        return demo;
    }
}

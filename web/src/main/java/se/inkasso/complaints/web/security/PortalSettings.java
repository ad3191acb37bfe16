package se.inkasso.complaints.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
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

    private static final Logger LOG = Logger.getLogger(PortalSettings.class.getName());

    private Boolean demo;

    /**
     * Says at the start when the demo login is switched on beside a real database: anyone who
     * knows a debtor's personnummer and the demo password could then read their cases.
     */
    void warnAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if ("true".equalsIgnoreCase(demoLogin.strip()) && !database.isEmbedded()) {
            LOG.warning("complaints.portal.demo-login=true with a database that is not the embedded demo one: "
                    + "debtors can log in with a password. Switch it off in production (see docs/SECURITY.md).");
        }
    }

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

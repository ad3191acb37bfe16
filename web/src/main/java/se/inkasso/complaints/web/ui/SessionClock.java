package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When a debtor is warned that My pages will log them out for inactivity (#8): this long before the
 * session ends, with a button to stay — the request that button sends is what keeps the session.
 */
@Named
@RequestScoped
public class SessionClock {

    private static final long SHORTEST_WARNING_AFTER_SECONDS = 30;

    @Inject
    @ConfigProperty(name = "complaints.portal.idle-warning-seconds", defaultValue = "120")
    long warningSeconds;

    /** Milliseconds without activity before the warning, for PrimeFaces' idle monitor. */
    public long getWarnAfterMillis() {
        int session = FacesContext.getCurrentInstance().getExternalContext().getSessionMaxInactiveInterval();
        return Math.max(SHORTEST_WARNING_AFTER_SECONDS, session - warningSeconds) * 1000;
    }

    /** Minutes left when the warning shows, for its text. */
    public long getMinutesLeft() {
        return Math.max(1, warningSeconds / 60);
    }

    /** "Stay logged in": the request itself renews the session; nothing else to do. */
    public void stay() {
        // the session's inactivity clock restarts with this request
    }
}

package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every page says about the agency and where to turn outside it (D17): the phone number in
 * the footer, the external bodies' websites beside their addresses. From configuration, as the
 * letters have them (README).
 */
@Named
@ApplicationScoped
public class Agency {

    @Inject
    @ConfigProperty(name = "complaints.agency.phone", defaultValue = "08-123 456 00")
    String phone;

    @Inject
    @ConfigProperty(name = "complaints.external.inkassonamnden-url", defaultValue = "https://svenskinkasso.se")
    String inkassonamndenUrl;

    @Inject
    @ConfigProperty(name = "complaints.external.finansinspektionen-url", defaultValue = "https://www.fi.se")
    String finansinspektionenUrl;

    public String getPhone() {
        return phone;
    }

    /** The number as a tel: link dials it: digits only, Swedish trunk prefix kept. */
    public String getPhoneLink() {
        return "tel:" + phone.replaceAll("[^0-9+]", "");
    }

    public String getInkassonamndenUrl() {
        return inkassonamndenUrl;
    }

    public String getFinansinspektionenUrl() {
        return finansinspektionenUrl;
    }
}

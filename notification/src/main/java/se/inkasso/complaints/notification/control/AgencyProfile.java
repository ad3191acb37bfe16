package se.inkasso.complaints.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The letterhead from MicroProfile Config ({@code complaints.agency.*}, README). The defaults are
 * the demo agency's, here as well as in the WAR's properties because a library jar in the EAR does
 * not see the WAR's configuration file.
 */
@ApplicationScoped
public class AgencyProfile {

    @Inject
    @ConfigProperty(name = "complaints.agency.name", defaultValue = "Exempel Inkasso AB")
    String name;

    @Inject
    @ConfigProperty(name = "complaints.agency.street", defaultValue = "Box 1234")
    String street;

    @Inject
    @ConfigProperty(name = "complaints.agency.postal-code", defaultValue = "111 82")
    String postalCode;

    @Inject
    @ConfigProperty(name = "complaints.agency.city", defaultValue = "Stockholm")
    String city;

    @Inject
    @ConfigProperty(name = "complaints.agency.phone", defaultValue = "08-123 456 00")
    String phone;

    @Inject
    @ConfigProperty(name = "complaints.agency.email", defaultValue = "kundservice@exempelinkasso.se")
    String email;

    @Inject
    @ConfigProperty(name = "complaints.agency.website", defaultValue = "www.exempelinkasso.se")
    String website;

    @Inject
    @ConfigProperty(name = "complaints.agency.bankgiro", defaultValue = "5050-1055")
    String bankgiro;

    @Inject
    @ConfigProperty(name = "complaints.agency.complaints-officer.name", defaultValue = "Maria Lind")
    String officerName;

    @Inject
    @ConfigProperty(name = "complaints.agency.complaints-officer.phone", defaultValue = "08-123 456 99")
    String officerPhone;

    @Inject
    @ConfigProperty(name = "complaints.agency.complaints-officer.email", defaultValue = "klagomalsansvarig@exempelinkasso.se")
    String officerEmail;

    @Inject
    @ConfigProperty(name = "complaints.portal.url", defaultValue = "http://localhost:8080/portal/")
    String portalUrl;

    public Letterhead letterhead() {
        return new Letterhead(name, street, postalCode, city, phone, email, website, bankgiro, officerName,
                officerPhone, officerEmail, portalUrl);
    }
}

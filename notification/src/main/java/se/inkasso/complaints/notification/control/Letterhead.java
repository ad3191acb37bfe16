package se.inkasso.complaints.notification.control;

/**
 * Who the letters come from and how to reach them (D11: the complaints officer's contact), as
 * configured by the agency; no template hard-codes any of it.
 */
public record Letterhead(String name, String street, String postalCode, String city, String phone, String email,
        String website, String bankgiro, String officerName, String officerPhone, String officerEmail,
        String portalUrl) {
}

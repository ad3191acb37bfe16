package se.inkasso.complaints.notification.control;

import java.util.ArrayList;
import java.util.List;

/** To whom a letter goes, as the envelope window shows it. */
public record Recipient(String name, String street, String postalCode, String city) {

    /** A letter can be posted only with a full address; else it is delivered in Mina sidor only. */
    public boolean postable() {
        return present(street) && present(postalCode) && present(city);
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>(List.of(name));
        if (present(street)) {
            lines.add(street);
        }
        if (present(postalCode) || present(city)) {
            lines.add(((present(postalCode) ? postalCode : "") + "  " + (present(city) ? city : "")).strip());
        }
        return lines;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}

package se.inkasso.complaints.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where letters to a debtor are posted. */
@Embeddable
public record PostalAddress(
        @Column(name = "street", length = 200) String street,
        @Column(name = "postal_code", length = 10) String postalCode,
        @Column(name = "city", length = 100) String city) {
}

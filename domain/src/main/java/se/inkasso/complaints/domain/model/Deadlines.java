package se.inkasso.complaints.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The clocks of a case, all counted from received-at (D11, D12): written acknowledgement due,
 * the target for the final response (moved only by a delay letter), and the hard ceiling.
 */
@Embeddable
public record Deadlines(
        @Column(name = "acknowledgement_due", nullable = false) LocalDate acknowledgementDue,
        @Column(name = "response_due", nullable = false) LocalDate responseDue,
        @Column(name = "response_ceiling", nullable = false) LocalDate responseCeiling) implements Serializable {
}

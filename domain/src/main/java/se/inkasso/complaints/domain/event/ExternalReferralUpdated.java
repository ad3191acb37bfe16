package se.inkasso.complaints.domain.event;

import java.time.Instant;
import se.inkasso.complaints.domain.model.ExternalBody;

/** The body told the agency its reference or its outcome (D17); casework notes it on the case. */
public record ExternalReferralUpdated(long referralId, long caseId, ExternalBody body, String updatedBy,
        Instant updatedAt) {
}

package se.inkasso.complaints.casework.boundary;

import java.io.Serializable;
import java.time.Instant;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.CaseStatus;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Language;

/** A case as a line in a list names it: enough to show it and link to it. */
public record CaseHeading(CaseReference reference, CaseType type, CaseStatus status, Language language,
        Instant receivedAt) implements Serializable {

    public boolean isOpen() {
        return status.isOpen();
    }
}

package se.inkasso.complaints.domain.event;

import java.util.Objects;
import se.inkasso.complaints.domain.model.CaseRequest;

/**
 * Intake accepted a contact that is a complaint or an objection (D1); casework registers it.
 *
 * @param contactId      intake's id of the contact; two cases from one contact share it
 * @param debtorId       the debtor concerned
 * @param claimId        the claim concerned
 * @param contact        what the debtor said, and when it was received
 * @param registeredBy   username of the agent who took a phone call, or {@code debtor}
 * @param resolutionNote for a phone contact resolved during the call (D2), the note; else null
 */
public record CaseReceived(String contactId, long debtorId, long claimId, CaseRequest contact, String registeredBy,
        String resolutionNote) {

    public CaseReceived {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(registeredBy, "registeredBy");
    }

    public boolean resolvedOnContact() {
        return resolutionNote != null;
    }
}

package se.inkasso.complaints.intake.boundary;

import se.inkasso.complaints.domain.model.Contact;

/**
 * A contact as handed in by the portal or by an agent on the phone.
 *
 * @param debtorId        the debtor, already identified (logged in, or found by personnummer)
 * @param claimReference  the claim the contact is about
 * @param contact         what the debtor said
 * @param registeredBy    {@code debtor} in the portal, the agent's username on the phone
 * @param resolutionNote  for a phone call resolved during the call (D2), what was done; else null
 */
public record ContactSubmission(long debtorId, String claimReference, Contact contact, String registeredBy,
        String resolutionNote) {
}

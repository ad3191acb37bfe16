package se.inkasso.complaints.intake.boundary;

/**
 * What intake answers for an accepted contact.
 *
 * @param contactId the contact; its cases carry this id
 * @param repeated  true when this was a repeat of an earlier submission with the same key (D5),
 *                  which created nothing
 */
public record Receipt(String contactId, boolean repeated) {
}

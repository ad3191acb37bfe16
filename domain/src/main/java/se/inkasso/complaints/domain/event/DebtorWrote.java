package se.inkasso.complaints.domain.event;

import java.time.Instant;

/**
 * A debtor wrote to the agency in Mina sidor (D24): intake kept the contact and its documents;
 * notification keeps the message in the conversation, casework puts it on the case's timeline.
 *
 * @param contactId the contact intake recorded, holding the documents sent with the message
 * @param caseId    the debtor's case the message is about, or null for a message in general
 */
public record DebtorWrote(String contactId, long debtorId, Long caseId, String text, Instant at) {
}

package se.inkasso.complaints.domain.event;

import java.time.Instant;

/**
 * A debtor added text and documents to their open case (D25): intake kept them with a contact of
 * their own; casework puts the addition on the case's timeline, or refuses it (rolling it back)
 * for a case that is not open or not theirs. The clocks do not restart.
 */
public record AdditionReceived(String contactId, long caseId, long debtorId, String text, Instant at) {
}

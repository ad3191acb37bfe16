package se.inkasso.complaints.domain.event;

import java.time.Instant;
import se.inkasso.complaints.domain.model.LetterKind;

/**
 * A letter was stored with its case and put in the debtor's portal inbox (D18, D19); casework
 * puts it on the case's timeline under its {@code title}.
 */
public record LetterSent(long caseId, long letterId, LetterKind kind, String title, Instant sentAt) {
}

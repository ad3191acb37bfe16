package se.inkasso.complaints.domain.event;

import java.time.LocalDate;

/** A debtor not satisfied asked for the complaints officer's review (D16); it is due by {@code due}. */
public record ReviewRequested(long reviewId, long caseId, String reference, LocalDate due, String requestedBy) {
}

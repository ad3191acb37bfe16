package se.inkasso.complaints.domain.event;

import java.time.LocalDate;
import se.inkasso.complaints.domain.model.DeadlineKind;

/** A clock of a case runs out soon (within the configured lead time). */
public record DeadlineApproaching(long caseId, String reference, DeadlineKind kind, LocalDate due) {
}

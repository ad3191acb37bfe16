package se.inkasso.complaints.domain.event;

import java.time.LocalDate;
import se.inkasso.complaints.domain.model.DeadlineKind;

/** A clock of a case ran out before the step it waits for was taken; announced once per due date. */
public record DeadlineBreached(long caseId, String reference, DeadlineKind kind, LocalDate due) {
}

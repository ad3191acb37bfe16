package se.inkasso.complaints.casework.boundary;

import java.time.LocalDate;
import se.inkasso.complaints.domain.model.CaseStatus;
import se.inkasso.complaints.domain.model.CaseType;

/**
 * Which cases a queue view shows; null means "any". Without a status only open cases are shown.
 *
 * @param handler   a username, or {@link #UNASSIGNED} for cases nobody has taken
 * @param overdueOn when set, only open cases whose response target lies before this day (D12)
 */
public record QueueFilter(String queue, CaseType type, CaseStatus status, boolean allStatuses, String handler,
        Long creditorId, LocalDate overdueOn) {

    public static final String UNASSIGNED = "none";
}

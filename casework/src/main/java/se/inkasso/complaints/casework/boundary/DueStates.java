package se.inkasso.complaints.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import se.inkasso.complaints.casework.control.DeadlinePolicy;
import se.inkasso.complaints.domain.model.DueState;

/**
 * Where a response target stands (D12), for the queues, exports and the dashboard: decided by the
 * deadline policy with the same lead time as the deadline job's announcements, so a badge and an
 * alert never disagree.
 */
@ApplicationScoped
public class DueStates {

    @Inject
    DeadlinePolicy policy;

    public DueState of(LocalDate responseDue, LocalDate today) {
        return policy.dueState(responseDue, today);
    }
}

package se.inkasso.complaints.casework.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.model.Deadlines;
import se.inkasso.complaints.domain.model.DueState;

/**
 * The clocks of a new case from its received-at (D11, D12): acknowledgement within 1 business
 * day, final response within 15 business days, hard ceiling 8 weeks. All three are configuration.
 */
@ApplicationScoped
public class DeadlinePolicy {

    @Inject
    BusinessCalendar calendar;

    @Inject
    @ConfigProperty(name = "complaints.deadline.acknowledgement-business-days", defaultValue = "1")
    int acknowledgementDays;

    @Inject
    @ConfigProperty(name = "complaints.deadline.response-business-days", defaultValue = "15")
    int responseDays;

    @Inject
    @ConfigProperty(name = "complaints.deadline.ceiling-weeks", defaultValue = "8")
    int ceilingWeeks;

    @Inject
    @ConfigProperty(name = "complaints.deadline.approaching-business-days", defaultValue = "2")
    int approachingDays;

    public Deadlines startingAt(Instant receivedAt) {
        LocalDate received = receivedAt.atZone(BusinessCalendar.ZONE).toLocalDate();
        return new Deadlines(
                calendar.plusBusinessDays(received, acknowledgementDays),
                calendar.plusBusinessDays(received, responseDays),
                received.plusWeeks(ceilingWeeks));
    }

    /** The last due date the deadline job announces as approaching on {@code today}. */
    public LocalDate approachingBy(LocalDate today) {
        return calendar.plusBusinessDays(today, approachingDays);
    }

    /** Whether a clock due on {@code due} runs out within the lead time, seen on {@code today}. */
    public boolean isApproaching(LocalDate today, LocalDate due) {
        return !today.isAfter(due) && calendar.businessDaysBetween(today, due) <= approachingDays;
    }

    /** Where a response target stands on {@code today}: past it, within the lead time, or on track. */
    public DueState dueState(LocalDate responseDue, LocalDate today) {
        if (today.isAfter(responseDue)) {
            return DueState.OVERDUE;
        }
        return isApproaching(today, responseDue) ? DueState.DUE_SOON : DueState.ON_TRACK;
    }

    /** The new response target a delay letter gives (D12): another full period on, never past the ceiling. */
    public LocalDate delayedTarget(LocalDate today, Deadlines deadlines) {
        LocalDate next = calendar.plusBusinessDays(today, responseDays);
        return next.isAfter(deadlines.responseCeiling()) ? deadlines.responseCeiling() : next;
    }
}

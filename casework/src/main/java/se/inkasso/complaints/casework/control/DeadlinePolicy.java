package se.inkasso.complaints.casework.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.model.Deadlines;

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

    public Deadlines startingAt(Instant receivedAt) {
        LocalDate received = receivedAt.atZone(BusinessCalendar.ZONE).toLocalDate();
        return new Deadlines(
                calendar.plusBusinessDays(received, acknowledgementDays),
                calendar.plusBusinessDays(received, responseDays),
                received.plusWeeks(ceilingWeeks));
    }
}

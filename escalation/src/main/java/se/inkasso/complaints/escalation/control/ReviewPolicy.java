package se.inkasso.complaints.escalation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.inkasso.complaints.domain.NotPermittedException;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.casefile.CaseFacts;

/**
 * The review's clock (configuration, not a constant) and separation of duties (D16, D13): the
 * officer who decides is never the case's handler, nor the person the complaint is about, nor who
 * drafted or sent the response under review.
 */
@ApplicationScoped
public class ReviewPolicy {

    @Inject
    @ConfigProperty(name = "complaints.review.business-days", defaultValue = "10")
    int reviewDays;

    @Inject
    BusinessCalendar calendar;

    public LocalDate due(LocalDate requested) {
        return calendar.plusBusinessDays(requested, reviewDays);
    }

    /**
     * @param responders who drafted or sent the case's final responses
     * @param participants the staff who took any step on the case's timeline
     * @throws NotPermittedException naming why this officer may not decide this case's review
     */
    public void requireIndependent(CaseFacts caseFile, String officer, List<String> responders,
            List<String> participants) {
        String reference = caseFile.reference().value();
        if (caseFile.handler().filter(officer::equals).isPresent()) {
            throw new NotPermittedException("review.officer-handler", officer, reference);
        }
        if (caseFile.subjectStaff().filter(officer::equals).isPresent()) {
            throw new NotPermittedException("review.officer-subject", officer, reference);
        }
        if (responders.contains(officer)) {
            throw new NotPermittedException("review.officer-responder", officer, reference);
        }
        if (participants.contains(officer)) {
            throw new NotPermittedException("review.officer-participant", officer, reference);
        }
    }
}

package se.inkasso.complaints.escalation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.inkasso.complaints.domain.NotPermittedException;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.model.Case;

/**
 * The review's clock (configuration, not a constant) and separation of duties (D16, D13): the
 * officer who decides is never the case's handler, nor the person the complaint is about, nor who
 * sent the response under review.
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

    /** @throws NotPermittedException naming why this officer may not decide this case's review */
    public void requireIndependent(Case caseFile, String officer, Iterable<String> responders) {
        if (caseFile.handler().filter(officer::equals).isPresent()) {
            throw new NotPermittedException("review.officer-handler", officer, caseFile.reference().value());
        }
        if (caseFile.subjectStaff().filter(officer::equals).isPresent()) {
            throw new NotPermittedException("review.officer-subject", officer, caseFile.reference().value());
        }
        for (String responder : responders) {
            if (officer.equals(responder)) {
                throw new NotPermittedException("review.officer-responder", officer, caseFile.reference().value());
            }
        }
    }
}

package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.casefile.CaseLookup;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.escalation.boundary.ReviewInfo;
import se.inkasso.complaints.escalation.boundary.Reviews;

/** The complaints officer's desk (D16): the open reviews, the one due first first. */
@Named
@RequestScoped
public class Desk {

    private static final int SHOWN = 200;

    /** One review as the desk lists it. */
    public record Line(long id, String caseReference, LocalDate requested, LocalDate due, boolean overdue,
            String reason) {
    }

    @Inject
    Reviews reviews;

    @Inject
    CaseLookup cases;

    private List<Line> lines;

    public List<Line> getReviews() {
        if (lines == null) {
            List<ReviewInfo> open = reviews.open(SHOWN);
            Map<Long, CaseReference> references = cases.references(open.stream().map(ReviewInfo::caseId).toList());
            LocalDate today = LocalDate.now(BusinessCalendar.ZONE);
            lines = open.stream().map(review -> new Line(review.id(), references.get(review.caseId()).value(),
                    review.requestedAt().atZone(BusinessCalendar.ZONE).toLocalDate(), review.due(),
                    review.due().isBefore(today), review.reason())).toList();
        }
        return lines;
    }
}

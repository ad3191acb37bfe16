package se.inkasso.complaints.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import se.inkasso.complaints.casework.control.CaseRepository;
import se.inkasso.complaints.casework.control.DeadlineCheck;
import se.inkasso.complaints.casework.entity.Case;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.event.LetterSent;
import se.inkasso.complaints.domain.model.DeadlineKind;
import se.inkasso.complaints.domain.model.TimelineStep;

/**
 * What a letter sent means for its case: it is on the case's timeline, and a case is acknowledged
 * when its written acknowledgement has been sent (D11): from then on the acknowledgement clock no
 * longer runs.
 */
@ApplicationScoped
public class Acknowledgement {

    @Inject
    CaseRepository cases;

    @Inject
    DeadlineCheck deadlines;

    /** A late acknowledgement still counts as a breach of D11, whether or not the deadline job saw it first. */
    void letterSent(@Observes LetterSent sent) {
        // beside the case, not an edit of it: a handler saving the case meanwhile must not fail
        cases.addSystemStep(sent.caseId(), sent.sentAt(), TimelineStep.LETTER_SENT, sent.title());
        if (sent.kind().acknowledges() && cases.markAcknowledged(sent.caseId())) {
            cases.addSystemStep(sent.caseId(), sent.sentAt(), TimelineStep.CASE_ACKNOWLEDGED, null);
            Case caseFile = cases.find(sent.caseId()).orElseThrow();
            LocalDate due = caseFile.deadlines().acknowledgementDue();
            if (sent.sentAt().atZone(BusinessCalendar.ZONE).toLocalDate().isAfter(due)) {
                deadlines.announceBreach(caseFile.id(), caseFile.reference().value(), DeadlineKind.ACKNOWLEDGEMENT, due,
                        sent.sentAt());
            }
        }
    }
}

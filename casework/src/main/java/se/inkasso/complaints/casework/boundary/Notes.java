package se.inkasso.complaints.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import se.inkasso.complaints.casework.control.CaseLoader;
import se.inkasso.complaints.casework.entity.Case;
import se.inkasso.complaints.domain.FieldError;
import se.inkasso.complaints.domain.IncompleteException;
import se.inkasso.complaints.domain.InvalidFieldsException;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.TimelineStep;

/**
 * Internal notes on a case: what staff learn while handling it (a call, a document checked), kept on
 * the timeline for the audit trail (D18) but never shown to the debtor.
 */
@ApplicationScoped
public class Notes {

    static final int LONGEST = 4000;

    @Inject
    CaseLoader loader;

    Clock clock = Clock.systemUTC();

    @Transactional
    public void add(CaseReference reference, String text, String actor, Long expectedVersion) {
        if (text == null || text.isBlank()) {
            throw new IncompleteException(List.of(new FieldError("text", "note.missing")));
        }
        if (text.length() > LONGEST) {
            throw new InvalidFieldsException("text", "note.too-long", LONGEST);
        }
        Case caseFile = loader.load(reference, expectedVersion, actor);
        caseFile.record(TimelineStep.CASE_NOTE, actor, clock.instant(), text.strip());
    }
}

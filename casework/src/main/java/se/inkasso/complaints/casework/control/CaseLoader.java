package se.inkasso.complaints.casework.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import se.inkasso.complaints.casework.entity.Case;
import se.inkasso.complaints.domain.NotPermittedException;
import se.inkasso.complaints.domain.identity.CaseReference;

/** Loads a case to change it, checking the version the caller saw (If-Match) first. */
@ApplicationScoped
public class CaseLoader {

    @Inject
    CaseRepository cases;

    /**
     * @param expectedVersion the version the caller saw, or null; a different one means someone else
     *                        changed the case meanwhile, and nothing may be saved
     */
    public Case load(CaseReference reference, Long expectedVersion) {
        Case caseFile = cases.get(reference);
        if (expectedVersion != null && expectedVersion != caseFile.version()) {
            throw new OptimisticLockException("Case " + reference + " is at version " + caseFile.version()
                    + ", not " + expectedVersion);
        }
        return caseFile;
    }

    /**
     * Loads a case for someone to act on: nobody acts on a case about their own conduct (D13), not
     * even to add a note, whatever their role.
     *
     * @throws NotPermittedException when the case is about the actor
     */
    public Case load(CaseReference reference, Long expectedVersion, String actor) {
        Case caseFile = load(reference, expectedVersion);
        if (caseFile.subjectStaff().filter(subject -> subject.equals(actor)).isPresent()) {
            throw new NotPermittedException("case.about-you", reference.value());
        }
        return caseFile;
    }

    /** Writes pending changes, so that new rows have ids before events carry them. */
    public void flush() {
        cases.flush();
    }
}

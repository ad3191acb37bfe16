package se.inkasso.complaints.casework.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import se.inkasso.complaints.casework.control.CaseRepository;
import se.inkasso.complaints.casework.entity.Case;
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

    /** Writes pending changes, so that new rows have ids before events carry them. */
    public void flush() {
        cases.flush();
    }
}

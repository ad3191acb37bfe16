package se.inkasso.complaints.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import se.inkasso.complaints.casework.control.CaseLoader;
import se.inkasso.complaints.casework.control.HoldRelease;
import se.inkasso.complaints.casework.entity.Case;
import se.inkasso.complaints.domain.InvalidFieldsException;
import se.inkasso.complaints.domain.NotFoundException;
import se.inkasso.complaints.domain.event.CaseWithdrawn;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.CaseType;

/**
 * The debtor withdraws a case that waits for its answer (D26): it becomes WITHDRAWN, an objection's
 * hold is lifted (D6) and a letter confirms it. Only the debtor's own case: anyone else's does not
 * exist for them.
 */
@ApplicationScoped
public class Withdrawals {

    /** The longest reason the debtor may give, in characters. */
    public static final int LONGEST_REASON = 2000;

    @Inject
    CaseLoader loader;

    @Inject
    HoldRelease holds;

    @Inject
    Event<CaseWithdrawn> withdrawn;

    Clock clock = Clock.systemUTC();

    /** @param reason why, in the debtor's words, or null: the debtor owes nobody a reason */
    @Transactional
    public void withdraw(CaseReference reference, long debtorId, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > LONGEST_REASON) {
            throw new InvalidFieldsException("reason", "withdrawal.reason-too-long", LONGEST_REASON);
        }
        Case caseFile = loader.load(reference, null);
        if (caseFile.debtor().id() != debtorId) {
            throw new NotFoundException("case.unknown", reference.value());
        }
        Instant now = clock.instant();
        caseFile.withdraw(why, "debtor", now);
        if (caseFile.type() == CaseType.OBJECTION) {
            holds.lift(caseFile, "DEBTOR_WITHDREW", "debtor", now);
        }
        withdrawn.fire(new CaseWithdrawn(caseFile.id(), reference.value(), caseFile.type(), caseFile.claim().id(),
                caseFile.debtor().id(), caseFile.language(), now));
    }
}

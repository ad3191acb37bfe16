package se.inkasso.complaints.casework.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.inkasso.complaints.casework.control.CaseRepository;
import se.inkasso.complaints.casework.control.DeadlineNotices;
import se.inkasso.complaints.casework.entity.Case;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.event.DeadlineApproaching;
import se.inkasso.complaints.domain.event.DeadlineBreached;
import se.inkasso.complaints.domain.event.DelayLetterRequested;
import se.inkasso.complaints.domain.model.CaseStatus;
import se.inkasso.complaints.domain.model.DeadlineKind;
import se.inkasso.complaints.domain.model.TimelineStep;

/**
 * The clocks of one case on one day, in a transaction of its own (D11, D12, D7): each approaching
 * or breached deadline is announced once, and a missed response target asks for a delay letter
 * with a new date, 15 business days on, never past the ceiling.
 */
@ApplicationScoped
public class DeadlineCheck {

    @Inject
    CaseRepository cases;

    @Inject
    DeadlineNotices notices;

    @Inject
    DeadlinePolicy policy;

    @Inject
    Event<DeadlineApproaching> approaching;

    @Inject
    Event<DeadlineBreached> breached;

    @Inject
    Event<DelayLetterRequested> delayLetter;

    Clock clock = Clock.systemUTC();

    /** A batch of open cases with a clock due by the threshold, after a case id (keyset paging). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> candidates(LocalDate threshold, long afterId, int max) {
        return cases.withClocksDueBy(threshold, afterId, max);
    }

    /**
     * The clocks of a batch of cases in one transaction (#9): the cases in one query, and what was
     * announced for them already in another, so a scan that finds nothing new writes nothing.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void checkAll(List<Long> caseIds, LocalDate today) {
        Set<DeadlineNotices.Notice> announced = notices.announced(caseIds);
        for (Case caseFile : cases.findAll(caseIds)) {
            check(caseFile, today, announced);
        }
    }

    /** The clocks of one case in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void check(long caseId, LocalDate today) {
        check(cases.find(caseId).orElseThrow(), today, notices.announced(List.of(caseId)));
    }

    private void check(Case caseFile, LocalDate today, Set<DeadlineNotices.Notice> announced) {
        if (!caseFile.status().isOpen()) {
            return;
        }
        Instant now = clock.instant();
        var deadlines = caseFile.deadlines();
        if (caseFile.status() == CaseStatus.REGISTERED) {
            watch(caseFile, DeadlineKind.ACKNOWLEDGEMENT, deadlines.acknowledgementDue(), today, now, announced);
        }
        if (caseFile.status() == CaseStatus.AWAITING_CREDITOR && caseFile.creditorPositionDue().isPresent()) {
            watch(caseFile, DeadlineKind.CREDITOR_POSITION, caseFile.creditorPositionDue().get(), today, now,
                    announced);
        }
        if (caseFile.awaitsResponse()) {
            boolean missed = watch(caseFile, DeadlineKind.RESPONSE, deadlines.responseDue(), today, now, announced);
            if (missed && deadlines.responseDue().isBefore(deadlines.responseCeiling())
                    && !today.isAfter(deadlines.responseCeiling())) {
                delay(caseFile, today, now);
            }
            watch(caseFile, DeadlineKind.CEILING, deadlines.responseCeiling(), today, now, announced);
        }
    }

    /** @return true when this check announced the breach */
    private boolean watch(Case caseFile, DeadlineKind kind, LocalDate due, LocalDate today, Instant now,
            Set<DeadlineNotices.Notice> announced) {
        String reference = caseFile.reference().value();
        if (today.isAfter(due)) {
            return !announced.contains(new DeadlineNotices.Notice(caseFile.id(), kind, true, due))
                    && announceBreach(caseFile.id(), reference, kind, due, now);
        } else if (policy.isApproaching(today, due)
                && !announced.contains(new DeadlineNotices.Notice(caseFile.id(), kind, false, due))
                && notices.claim(caseFile.id(), kind, false, due, now)) {
            approaching.fire(new DeadlineApproaching(caseFile.id(), reference, kind, due));
        }
        return false;
    }

    /**
     * Announces that a clock ran out, once per clock and due date whoever notices it first (this
     * job, or the step that came too late). Recorded beside the case, not as an edit of it.
     *
     * @return true when this call announced it
     */
    public boolean announceBreach(long caseId, String reference, DeadlineKind kind, LocalDate due, Instant now) {
        if (!notices.claim(caseId, kind, true, due, now)) {
            return false;
        }
        cases.addSystemStep(caseId, now, TimelineStep.breached(kind), due.toString());
        breached.fire(new DeadlineBreached(caseId, reference, kind, due));
        return true;
    }

    private void delay(Case caseFile, LocalDate today, Instant now) {
        LocalDate newDue = policy.delayedTarget(today, caseFile.deadlines());
        LocalDate missed = caseFile.deadlines().responseDue();
        caseFile.delayResponse(newDue, now);
        delayLetter.fire(new DelayLetterRequested(caseFile.id(), caseFile.reference().value(), missed, newDue,
                DomainException.format(caseFile.language().locale(), "deadline.delay-reason"), caseFile.debtorId(),
                caseFile.language()));
    }
}

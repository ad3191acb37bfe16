package se.inkasso.complaints.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.inkasso.complaints.casework.control.DeadlineCheck;
import se.inkasso.complaints.casework.control.DeadlinePolicy;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.event.DeadlineScanFinished;
import se.inkasso.complaints.domain.event.DeadlineScanStarted;

/**
 * The deadline job (D11, D12): looks at every open case whose clocks run out soon and announces
 * what is due, once, a batch of cases to a transaction (a batch that fails is checked again case by
 * case). Safe to run on several application instances at the same time: the
 * announcements are claimed in the database, so each is made by exactly one of them.
 */
@ApplicationScoped
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class.getName());
    private static final int BATCH = 500;

    @Inject
    DeadlineCheck check;

    @Inject
    DeadlinePolicy policy;

    @Inject
    Event<DeadlineScanStarted> started;

    @Inject
    Event<DeadlineScanFinished> finished;

    /**
     * Announced before and after, so that work which can wait a few seconds (delivering the
     * letters this scan asks for) leaves the scan the machine meanwhile (#9).
     *
     * @return how many cases were looked at
     */
    public int scan(LocalDate today) {
        started.fire(new DeadlineScanStarted(today));
        int looked = 0;
        try {
            looked = scanBatches(today);
            return looked;
        } finally {
            finished.fire(new DeadlineScanFinished(today, looked));
        }
    }

    private int scanBatches(LocalDate today) {
        LocalDate threshold = policy.approachingBy(today);
        int looked = 0;
        long after = 0;
        List<Long> batch;
        do {
            batch = check.candidates(threshold, after, BATCH);
            try {
                check.checkAll(batch, today);
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "Deadline check of a batch failed; checking its cases one by one", e);
                checkOneByOne(batch, today);
            }
            if (!batch.isEmpty()) {
                after = batch.get(batch.size() - 1);
            }
            looked += batch.size();
        } while (batch.size() == BATCH);
        return looked;
    }

    private void checkOneByOne(List<Long> batch, LocalDate today) {
        for (long caseId : batch) {
            try {
                check.check(caseId, today);
            } catch (RuntimeException e) {
                // one broken case must not stop the clocks of all the others; it is tried again next scan
                LOG.log(Level.WARNING, "Deadline check of case " + caseId + " failed", e);
            }
        }
    }

    public int scanToday() {
        return scan(LocalDate.now(BusinessCalendar.ZONE));
    }
}

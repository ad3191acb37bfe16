package se.inkasso.complaints.web.schedule;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import se.inkasso.complaints.casework.boundary.DeadlineWatch;

/**
 * Runs the deadline job every ten minutes on each instance; the job itself makes sure nothing is
 * announced twice when instances overlap. Not persistent: a missed run is simply the next one.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineSchedule {

    private static final Logger LOG = Logger.getLogger(DeadlineSchedule.class.getName());

    @Inject
    DeadlineWatch watch;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void scan() {
        int looked = watch.scanToday();
        LOG.fine(() -> "Deadline job looked at " + looked + " cases");
    }
}

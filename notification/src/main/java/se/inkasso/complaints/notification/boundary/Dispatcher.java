package se.inkasso.complaints.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.inkasso.complaints.domain.event.DeadlineScanFinished;
import se.inkasso.complaints.domain.event.DeadlineScanStarted;
import se.inkasso.complaints.notification.control.Delivery;
import se.inkasso.complaints.notification.control.DeliveryPolicy;
import se.inkasso.complaints.notification.control.Queued;

/**
 * Delivers the outbox. Woken right after a transaction that queued something commits, and by a
 * timer for retries and for anything an instance that stopped left behind. Safe with several
 * dispatchers on several instances at once: each item is claimed by exactly one of them. While
 * this instance's deadline job runs, its background runs wait and go on when the job is done:
 * the job asks for thousands of letters at a time, and rendering them beside it doubled its time
 * on two cores (#9); a letter then goes out seconds later, never lost.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

    /** At most this many rounds per run, so that one run cannot hold its thread for ever. */
    private static final int MAX_ROUNDS = 100;

    @Inject
    Delivery delivery;

    @Inject
    DeliveryPolicy policy;

    private volatile ManagedExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();
    private final AtomicInteger scans = new AtomicInteger();

    /**
     * Delivers what is due now, in this thread.
     *
     * @return how many notifications this run delivered
     */
    public int dispatch() {
        return dispatch(() -> false);
    }

    private int dispatch(BooleanSupplier yielding) {
        String token = UUID.randomUUID().toString();
        int delivered = 0;
        for (int round = 0; round < MAX_ROUNDS && !yielding.getAsBoolean(); round++) {
            List<Long> due = delivery.due(policy.batchSize());
            int claimed = 0;
            for (long id : due) {
                if (delivery.claim(id, token)) {
                    claimed++;
                    delivered += attempt(id, token);
                }
            }
            if (claimed == 0) {
                break;
            }
        }
        return delivered;
    }

    /**
     * Starts a run in the background unless one is going; a request during a run makes it go
     * again, a request during a scan waits for its end.
     */
    public void wake() {
        requested.set(true);
        if (!scanning() && running.compareAndSet(false, true)) {
            executor().execute(this::drain);
        }
    }

    /** Looked up, not injected: resource injection does not reach beans in library jars of an EAR. */
    private ManagedExecutorService executor() {
        if (executor == null) {
            try {
                executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
            } catch (NamingException e) {
                throw new IllegalStateException("The default managed executor service is not available", e);
            }
        }
        return executor;
    }

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued queued) {
        wake();
    }

    void scanStarted(@Observes DeadlineScanStarted started) {
        scans.incrementAndGet();
    }

    void scanFinished(@Observes DeadlineScanFinished finished) {
        scans.decrementAndGet();
        wake();
    }

    private boolean scanning() {
        return scans.get() > 0;
    }

    private void drain() {
        try {
            // a run cut short by a scan goes on at the wake-up of the scan's end
            while (!scanning() && requested.getAndSet(false)) {
                dispatch(this::scanning);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A dispatch run stopped; the timer starts the next one", e);
        } finally {
            running.set(false);
        }
        if (requested.get() && !scanning()) {
            wake();
        }
    }

    private int attempt(long id, String token) {
        try {
            delivery.deliver(id, token);
            return 1;
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, () -> "Notification " + id + " not delivered this time: " + e.getMessage());
            delivery.failed(id, token, e);
            return 0;
        }
    }
}

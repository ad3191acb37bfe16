package se.inkasso.complaints.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import se.inkasso.complaints.domain.event.CaseRegistered;
import se.inkasso.complaints.domain.event.CollectionHoldPlaced;
import se.inkasso.complaints.domain.event.DeadlineApproaching;
import se.inkasso.complaints.domain.event.DeadlineBreached;
import se.inkasso.complaints.domain.event.DelayLetterRequested;

/**
 * Observes, from outside the firing module, what casework announces and commits; the tests read it.
 * An announcement whose transaction rolled back (a batch of the deadline job that met a concurrent
 * change, and was done again case by case) was never made, so it is not recorded.
 */
@ApplicationScoped
public class EventRecorder {

    private final List<CollectionHoldPlaced> holds = new CopyOnWriteArrayList<>();
    private final List<CaseRegistered> registrations = new CopyOnWriteArrayList<>();
    private final List<Object> deadlines = new CopyOnWriteArrayList<>();

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) CollectionHoldPlaced placed) {
        holds.add(placed);
    }

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseRegistered registered) {
        registrations.add(registered);
    }

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeadlineApproaching approaching) {
        deadlines.add(approaching);
    }

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeadlineBreached breach) {
        deadlines.add(breach);
    }

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) DelayLetterRequested delay) {
        deadlines.add(delay);
    }

    /** The deadline job's announcements, in order: DeadlineApproaching, DeadlineBreached, DelayLetterRequested. */
    public List<Object> deadlines() {
        return List.copyOf(deadlines);
    }

    public List<CollectionHoldPlaced> holds() {
        return List.copyOf(holds);
    }

    public List<CaseRegistered> registrations() {
        return List.copyOf(registrations);
    }
}

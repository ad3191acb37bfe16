package se.inkasso.complaints.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import se.inkasso.complaints.domain.event.CollectionHoldPlaced;

/** Observes, from outside the firing module, the holds casework places; the test reads them. */
@ApplicationScoped
public class HoldRecorder {

    private final List<CollectionHoldPlaced> seen = new CopyOnWriteArrayList<>();

    void record(@Observes CollectionHoldPlaced placed) {
        seen.add(placed);
    }

    public List<CollectionHoldPlaced> seen() {
        return List.copyOf(seen);
    }
}

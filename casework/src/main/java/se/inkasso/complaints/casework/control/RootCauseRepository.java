package se.inkasso.complaints.casework.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import se.inkasso.complaints.casework.entity.RootCause;
import se.inkasso.complaints.domain.repository.Store;

/** The managed list of root-cause categories (D15). */
@ApplicationScoped
public class RootCauseRepository extends Store<RootCause> {

    public RootCauseRepository() {
        super(RootCause.class);
    }

    public List<RootCause> active() {
        return query("select r from RootCause r where r.active = true order by r.code").getResultList();
    }

    public Optional<RootCause> find(String code) {
        return Optional.ofNullable(entityManager.find(RootCause.class, code));
    }
}

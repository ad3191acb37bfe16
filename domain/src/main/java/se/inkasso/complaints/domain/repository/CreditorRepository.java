package se.inkasso.complaints.domain.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.inkasso.complaints.domain.model.Creditor;

/** The agency's clients. */
@ApplicationScoped
public class CreditorRepository extends Store<Creditor> {

    @PersistenceContext(unitName = UNIT)
    EntityManager entityManager;

    public CreditorRepository() {
        super(Creditor.class);
    }

    @Override
    EntityManager entityManager() {
        return entityManager;
    }
}

package se.inkasso.complaints.domain.repository;

import jakarta.enterprise.context.ApplicationScoped;
import se.inkasso.complaints.domain.model.Creditor;

/** The agency's clients. */
@ApplicationScoped
public class CreditorRepository extends Store<Creditor> {

    public CreditorRepository() {
        super(Creditor.class);
    }
}

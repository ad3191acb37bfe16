package se.inkasso.complaints.domain.repository;

import jakarta.enterprise.context.ApplicationScoped;
import se.inkasso.complaints.domain.model.Creditor;

/** The agency's clients. */
@ApplicationScoped
public class CreditorRepository extends Store<Creditor> {

    /** Every creditor, by name: for choosing one in a filter. */
    public java.util.List<Creditor> all() {
        return query("select c from Creditor c order by c.name").getResultList();
    }

    public CreditorRepository() {
        super(Creditor.class);
    }
}

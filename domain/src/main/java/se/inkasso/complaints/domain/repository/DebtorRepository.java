package se.inkasso.complaints.domain.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import se.inkasso.complaints.domain.identity.Personnummer;
import se.inkasso.complaints.domain.model.Debtor;

/** Debtors by personnummer. */
@ApplicationScoped
public class DebtorRepository extends Store<Debtor> {

    public DebtorRepository() {
        super(Debtor.class);
    }

    public Optional<Debtor> findByPersonnummer(Personnummer personnummer) {
        return single(query("select d from Debtor d where d.personnummer = :personnummer")
                .setParameter("personnummer", personnummer));
    }
}

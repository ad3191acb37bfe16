package se.inkasso.complaints.domain.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import se.inkasso.complaints.domain.identity.Personnummer;
import se.inkasso.complaints.domain.model.Debtor;
import se.inkasso.complaints.domain.model.PortalCredential;

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

    /** The demo portal password of a debtor, if the embedded default gave them one. */
    public Optional<PortalCredential> findPortalCredential(Personnummer personnummer) {
        return entityManager.createQuery("select p from PortalCredential p join fetch p.debtor d"
                + " where d.personnummer = :personnummer", PortalCredential.class)
                .setParameter("personnummer", personnummer).getResultStream().findFirst();
    }
}

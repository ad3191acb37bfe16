package se.inkasso.complaints.domain.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import se.inkasso.complaints.domain.model.Claim;

/** Claims by reference and by debtor. */
@ApplicationScoped
public class ClaimRepository extends Store<Claim> {

    public ClaimRepository() {
        super(Claim.class);
    }

    public Optional<Claim> findByReference(String reference) {
        return single(query("select c from Claim c join fetch c.creditor where c.reference = :reference")
                .setParameter("reference", reference));
    }

    public List<Claim> findByDebtor(long debtorId) {
        return query("select c from Claim c join fetch c.creditor where c.debtor.id = :debtor order by c.dueDate")
                .setParameter("debtor", debtorId).getResultList();
    }
}

package se.inkasso.complaints.domain.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import se.inkasso.complaints.domain.model.PortalCredential;
import se.inkasso.complaints.domain.model.StaffMember;

/** Staff members, and the portal's demo credentials. */
@ApplicationScoped
public class StaffRepository extends Store<StaffMember> {

    public StaffRepository() {
        super(StaffMember.class);
    }

    public Optional<StaffMember> findByUsername(String username) {
        return single(query("select s from StaffMember s where s.username = :username")
                .setParameter("username", username));
    }

    public PortalCredential addPortalCredential(PortalCredential credential) {
        entityManager.persist(credential);
        return credential;
    }
}

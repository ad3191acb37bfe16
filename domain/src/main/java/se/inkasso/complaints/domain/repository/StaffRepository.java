package se.inkasso.complaints.domain.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.Role;
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

    /** Active staff with a role who write in a language: who may handle a case in that language. */
    public List<StaffMember> findActive(Role role, Language language) {
        return query("select distinct s from StaffMember s join s.roles r join s.languages l"
                + " where s.active = true and r = :role and l = :language order by s.username")
                .setParameter("role", role).setParameter("language", language).getResultList();
    }

    public PortalCredential addPortalCredential(PortalCredential credential) {
        entityManager.persist(credential);
        return credential;
    }
}

package se.inkasso.complaints.domain.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.inkasso.complaints.domain.persistence.Database;

/** A staff member's remembered settings (queue filters, language), as name and value. */
@ApplicationScoped
public class PreferenceRepository {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager entityManager;

    public Map<String, String> of(String username) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select setting, choice from staff_preference where username = :username")
                .setParameter("username", username).getResultList();
        Map<String, String> values = new LinkedHashMap<>();
        rows.forEach(row -> values.put((String) row[0], (String) row[1]));
        return values;
    }

    /**
     * Replaces the settings whose names start with {@code prefix}; a null value forgets the setting.
     * Runs inside the caller's transaction.
     */
    public void replace(String username, String prefix, Map<String, String> values) {
        entityManager.createNativeQuery(
                "delete from staff_preference where username = :username and setting like :prefix")
                .setParameter("username", username).setParameter("prefix", prefix + "%").executeUpdate();
        values.forEach((name, value) -> {
            if (value != null) {
                entityManager.createNativeQuery("insert into staff_preference (username, setting, choice)"
                        + " values (:username, :setting, :choice)").setParameter("username", username)
                        .setParameter("setting", name).setParameter("choice", value).executeUpdate();
            }
        });
    }
}

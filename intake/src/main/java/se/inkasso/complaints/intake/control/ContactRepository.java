package se.inkasso.complaints.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import se.inkasso.complaints.domain.repository.Store;
import se.inkasso.complaints.intake.entity.Contact;

/** Contacts, found again by the caller's idempotency key (D5). */
@ApplicationScoped
public class ContactRepository extends Store<Contact> {

    public ContactRepository() {
        super(Contact.class);
    }

    public Optional<Contact> findByIdempotencyKey(String caller, String idempotencyKey) {
        return single(query("select c from Contact c where c.caller = :caller and c.idempotencyKey = :key")
                .setParameter("caller", caller).setParameter("key", idempotencyKey));
    }

    public Optional<Contact> find(String id) {
        return Optional.ofNullable(entityManager.find(Contact.class, id));
    }
}

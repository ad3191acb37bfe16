package se.inkasso.complaints.domain.repository;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Optional;
import se.inkasso.complaints.domain.persistence.Database;

/** Shared mechanics of the repositories over the application's persistence unit. */
public abstract class Store<T> {

    @PersistenceContext(unitName = Database.UNIT)
    protected EntityManager entityManager;

    private final Class<T> type;

    protected Store(Class<T> type) {
        this.type = type;
    }

    public T add(T entity) {
        entityManager.persist(entity);
        return entity;
    }

    public Optional<T> find(long id) {
        return Optional.ofNullable(entityManager.find(type, id));
    }

    /** Writes pending changes now, so generated ids exist before events carry them. */
    public void flush() {
        entityManager.flush();
    }

    public long count() {
        return entityManager.createQuery("select count(e) from " + entityName() + " e", Long.class)
                .getSingleResult();
    }

    protected Optional<T> single(TypedQuery<T> query) {
        return query.setMaxResults(1).getResultStream().findFirst();
    }

    protected TypedQuery<T> query(String jpql) {
        return entityManager.createQuery(jpql, type);
    }

    private String entityName() {
        return entityManager.getMetamodel().entity(type).getName();
    }
}

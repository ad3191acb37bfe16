package se.inkasso.complaints.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import se.inkasso.complaints.domain.persistence.Database;
import se.inkasso.complaints.notification.entity.Letter;
import se.inkasso.complaints.notification.entity.LetterDocument;

/** The letters sent about a case, and their PDFs, for staff and for the debtor they were sent to. */
@ApplicationScoped
public class Letters {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager entityManager;

    @Transactional
    public List<LetterInfo> ofCase(long caseId) {
        return entityManager.createQuery("select l from Letter l where l.caseId = :caseId order by l.createdAt, l.id",
                Letter.class).setParameter("caseId", caseId).getResultStream().map(LetterInfo::of).toList();
    }

    @Transactional
    public Optional<LetterInfo> find(long letterId) {
        return Optional.ofNullable(entityManager.find(Letter.class, letterId)).map(LetterInfo::of);
    }

    /** The PDF of any letter, for staff. */
    @Transactional
    public Optional<byte[]> pdf(long letterId) {
        return Optional.ofNullable(entityManager.find(LetterDocument.class, letterId)).map(LetterDocument::content);
    }

    /** The PDF of a letter sent to this debtor; empty for anyone else's, as if it did not exist. */
    @Transactional
    public Optional<byte[]> pdfFor(long debtorId, long letterId) {
        Letter letter = entityManager.find(Letter.class, letterId);
        return letter == null || letter.debtorId() != debtorId ? Optional.empty() : pdf(letterId);
    }
}

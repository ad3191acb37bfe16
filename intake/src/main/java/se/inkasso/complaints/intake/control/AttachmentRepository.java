package se.inkasso.complaints.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import se.inkasso.complaints.domain.repository.Store;
import se.inkasso.complaints.intake.boundary.AttachmentInfo;
import se.inkasso.complaints.intake.entity.Attachment;

/** Documents sent with contacts, found through the case that came from the contact. */
@ApplicationScoped
public class AttachmentRepository extends Store<Attachment> {

    public AttachmentRepository() {
        super(Attachment.class);
    }

    /** A case's attachments (those of its contact), without their content. */
    public List<AttachmentInfo> ofContact(String contactId) {
        return entityManager.createQuery("select new " + AttachmentInfo.class.getName()
                + "(a.id, a.fileName, a.mediaType, a.sizeBytes, a.receivedAt) from Attachment a"
                + " where a.contactId = :contact order by a.id", AttachmentInfo.class)
                .setParameter("contact", contactId).getResultList();
    }

    /** A case's attachments: of the contact it was filed with and of the contacts about it since. */
    public List<AttachmentInfo> ofCase(long caseId, String filedWith) {
        return entityManager.createQuery("select new " + AttachmentInfo.class.getName()
                + "(a.id, a.fileName, a.mediaType, a.sizeBytes, a.receivedAt) from Attachment a"
                + " where a.contactId = :filedWith or a.contactId in"
                + " (select c.id from Contact c where c.caseId = :caseId) order by a.receivedAt, a.id",
                AttachmentInfo.class).setParameter("filedWith", filedWith == null ? "" : filedWith)
                .setParameter("caseId", caseId).getResultList();
    }

    /** One attachment, if it belongs to the contact. */
    public Optional<Attachment> find(String contactId, long id) {
        return find(id).filter(attachment -> attachment.contactId().equals(contactId));
    }
}

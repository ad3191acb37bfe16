package se.inkasso.complaints.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import se.inkasso.complaints.intake.control.AttachmentRepository;
import se.inkasso.complaints.intake.control.ContactRepository;
import se.inkasso.complaints.intake.entity.Contact;

/** The documents sent with a contact: listed without their content, and handed back one at a time. */
@ApplicationScoped
public class Attachments {

    @Inject
    AttachmentRepository attachments;

    @Inject
    ContactRepository contacts;

    public List<AttachmentInfo> ofContact(String contactId) {
        return contactId == null ? List.of() : attachments.ofContact(contactId);
    }

    /**
     * Every document of a case: those filed with it ({@code filedWith}, its contact) and those the
     * debtor sent about it later, with a message or an addition (D24, D25), in the order they came.
     */
    public List<AttachmentInfo> ofCase(long caseId, String filedWith) {
        return attachments.ofCase(caseId, filedWith);
    }

    /** One document of a case, by its id; anything else's document is not found here. */
    public Optional<Document> find(long caseId, String filedWith, long id) {
        return attachments.find(id).filter(attachment -> attachment.contactId().equals(filedWith)
                || contacts.find(attachment.contactId()).flatMap(Contact::caseId).filter(about -> about == caseId)
                        .isPresent())
                .map(attachment -> new Document(attachment.fileName(), attachment.mediaType(), attachment.content()));
    }

    /** One document, only if it came with that contact: nobody reaches another contact's document by its id. */
    public Optional<Document> find(String contactId, long id) {
        return attachments.find(contactId, id)
                .map(attachment -> new Document(attachment.fileName(), attachment.mediaType(), attachment.content()));
    }
}

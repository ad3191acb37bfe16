package se.inkasso.complaints.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import se.inkasso.complaints.intake.control.AttachmentRepository;

/** The documents sent with a contact: listed without their content, and handed back one at a time. */
@ApplicationScoped
public class Attachments {

    @Inject
    AttachmentRepository attachments;

    public List<AttachmentInfo> ofContact(String contactId) {
        return contactId == null ? List.of() : attachments.ofContact(contactId);
    }

    /** One document, only if it came with that contact: nobody reaches another contact's document by its id. */
    public Optional<Document> find(String contactId, long id) {
        return attachments.find(contactId, id)
                .map(attachment -> new Document(attachment.fileName(), attachment.mediaType(), attachment.content()));
    }
}

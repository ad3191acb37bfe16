package se.inkasso.complaints.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
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

    /** The documents of several contacts (a case's filing and the debtor's messages about it, D24), in order. */
    public List<AttachmentInfo> ofContacts(Collection<String> contactIds) {
        return contactIds.stream().filter(Objects::nonNull).distinct().flatMap(id -> attachments.ofContact(id).stream())
                .toList();
    }

    /** One document, only if it came with one of those contacts. */
    public Optional<Document> find(Collection<String> contactIds, long id) {
        return attachments.find(id).filter(attachment -> contactIds.contains(attachment.contactId()))
                .map(attachment -> new Document(attachment.fileName(), attachment.mediaType(), attachment.content()));
    }

    /** One document, only if it came with that contact: nobody reaches another contact's document by its id. */
    public Optional<Document> find(String contactId, long id) {
        return attachments.find(contactId, id)
                .map(attachment -> new Document(attachment.fileName(), attachment.mediaType(), attachment.content()));
    }
}

package se.inkasso.complaints.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import se.inkasso.complaints.domain.InvalidFieldsException;
import se.inkasso.complaints.domain.event.DebtorWrote;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.intake.control.AttachmentRepository;
import se.inkasso.complaints.intake.control.ContactRepository;
import se.inkasso.complaints.intake.control.Evidence;
import se.inkasso.complaints.intake.control.RequestFingerprint;
import se.inkasso.complaints.intake.entity.Attachment;
import se.inkasso.complaints.intake.entity.Contact;

/**
 * What a debtor writes to the agency (D24) comes in as a contact like any other: its documents are
 * checked and kept with it, so that a message staff later register as a complaint already is the
 * case's contact. The message itself goes on to the conversation by {@link DebtorWrote}.
 */
@ApplicationScoped
public class Correspondence {

    @Inject
    ContactRepository contacts;

    @Inject
    AttachmentRepository attachments;

    @Inject
    Event<DebtorWrote> debtorWrote;

    Clock clock = Clock.systemUTC();

    /** @return the contact that holds the message's documents */
    @Transactional
    public String write(DebtorMessage message) {
        String text = message.text() == null ? "" : message.text().strip();
        if (text.isEmpty()) {
            throw new InvalidFieldsException("text", "message.missing");
        }
        if (text.length() > TextLimits.MESSAGE) {
            throw new InvalidFieldsException("text", "message.too-long", TextLimits.MESSAGE);
        }
        List<Evidence.Checked> documents = Evidence.check(message.documents());
        Instant at = clock.instant();
        Contact contact = contacts.add(new Contact(Channel.PORTAL, message.debtorId(), "debtor:" + message.debtorId(),
                null, RequestFingerprint.of(message.caseId(), text), at));
        documents.forEach(document -> attachments.add(new Attachment(contact.id(), document.fileName(),
                document.mediaType(), document.content(), document.sha256(), at)));
        debtorWrote.fire(new DebtorWrote(contact.id(), message.debtorId(), message.caseId(), text, at));
        return contact.id();
    }
}

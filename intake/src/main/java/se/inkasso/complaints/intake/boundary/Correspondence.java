package se.inkasso.complaints.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import se.inkasso.complaints.domain.InvalidFieldsException;
import se.inkasso.complaints.domain.event.AdditionReceived;
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

    @Inject
    Event<AdditionReceived> additionReceived;

    Clock clock = Clock.systemUTC();

    /** @return the contact that holds the message's documents */
    @Transactional
    public String write(DebtorMessage message) {
        Received received = receive(message);
        debtorWrote.fire(new DebtorWrote(received.contact().id(), message.debtorId(), message.caseId(),
                received.text(), received.contact().receivedAt()));
        return received.contact().id();
    }

    /**
     * Adds text and documents to one of the debtor's open cases (D25); casework refuses a case
     * that is not open, and then nothing is kept.
     *
     * @return the contact that holds the addition's documents
     */
    @Transactional
    public String add(DebtorMessage addition) {
        if (addition.caseId() == null) {
            throw new IllegalArgumentException("An addition is always to a case");
        }
        Received received = receive(addition);
        additionReceived.fire(new AdditionReceived(received.contact().id(), addition.caseId(), addition.debtorId(),
                received.text(), received.contact().receivedAt()));
        return received.contact().id();
    }

    /** The contact kept, and the words as they go on: stripped of the blanks around them. */
    private record Received(Contact contact, String text) {
    }

    private Received receive(DebtorMessage message) {
        String text = message.text() == null ? "" : message.text().strip();
        if (text.isEmpty()) {
            throw new InvalidFieldsException("text", "message.missing");
        }
        if (text.length() > TextLimits.MESSAGE) {
            throw new InvalidFieldsException("text", "message.too-long", TextLimits.MESSAGE);
        }
        List<Evidence.Checked> documents = Evidence.check(message.documents());
        Instant at = clock.instant();
        String caller = "debtor:" + message.debtorId();
        String fingerprint = RequestFingerprint.of(message.caseId(), text);
        Contact contact = contacts.add(message.caseId() == null
                ? new Contact(Channel.PORTAL, message.debtorId(), caller, null, fingerprint, at)
                : Contact.about(message.caseId(), Channel.PORTAL, message.debtorId(), caller, fingerprint, at));
        documents.forEach(document -> attachments.add(new Attachment(contact.id(), document.fileName(),
                document.mediaType(), document.content(), document.sha256(), at)));
        return new Received(contact, text);
    }
}

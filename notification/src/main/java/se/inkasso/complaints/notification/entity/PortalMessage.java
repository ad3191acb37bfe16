package se.inkasso.complaints.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import se.inkasso.complaints.domain.model.MessageDirection;

/**
 * A message in Mina sidor, either way (D18, D24): from the agency, the notice of a letter (a short
 * text and the letter it brings) or a handler's answer signed by its author; from the debtor, their
 * words with the contact that holds their documents. Only the agency's messages wait to be read.
 */
@Entity
@Table(name = "portal_message")
public class PortalMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "debtor_id", nullable = false)
    private long debtorId;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "letter_id", unique = true)
    private Long letterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MessageDirection direction;

    @Column(length = 60)
    private String author;

    @Column(name = "contact_id", length = 36)
    private String contactId;

    @Column(length = 300)
    private String subject;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected PortalMessage() {
    }

    public PortalMessage(Letter letter, String subject, String body) {
        this.debtorId = letter.debtorId();
        this.caseId = letter.caseId();
        this.letterId = letter.id();
        this.direction = MessageDirection.FROM_AGENCY;
        this.subject = subject;
        this.body = body;
        this.createdAt = letter.createdAt();
    }

    private PortalMessage(long debtorId, Long caseId, MessageDirection direction, String text, Instant at) {
        this.debtorId = debtorId;
        this.caseId = caseId;
        this.direction = direction;
        this.body = text;
        this.createdAt = at;
    }

    /** A handler's answer about a case, signed with their username. */
    public static PortalMessage answer(long debtorId, long caseId, String author, String text, Instant at) {
        PortalMessage message = new PortalMessage(debtorId, caseId, MessageDirection.FROM_AGENCY, text, at);
        message.author = author;
        return message;
    }

    /** The debtor's own words need no reading by the debtor: they are read as they are written. */
    public static PortalMessage fromDebtor(long debtorId, Long caseId, String contactId, String text, Instant at) {
        PortalMessage message = new PortalMessage(debtorId, caseId, MessageDirection.FROM_DEBTOR, text, at);
        message.contactId = contactId;
        message.readAt = at;
        return message;
    }

    /** The first reading counts; reading again changes nothing. */
    public void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long id() {
        return id;
    }

    public long debtorId() {
        return debtorId;
    }

    public Optional<Long> caseId() {
        return Optional.ofNullable(caseId);
    }

    public Optional<Long> letterId() {
        return Optional.ofNullable(letterId);
    }

    public MessageDirection direction() {
        return direction;
    }

    public Optional<String> author() {
        return Optional.ofNullable(author);
    }

    public Optional<String> contactId() {
        return Optional.ofNullable(contactId);
    }

    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> readAt() {
        return Optional.ofNullable(readAt);
    }
}

package se.inkasso.complaints.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A message in the debtor's inbox in Mina sidor: a short text and the letter it brings (D18). */
@Entity
@Table(name = "portal_message")
public class PortalMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "debtor_id", nullable = false)
    private long debtorId;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "letter_id", nullable = false, unique = true)
    private long letterId;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 2000)
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
        this.subject = subject;
        this.body = body;
        this.createdAt = letter.createdAt();
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

    public long caseId() {
        return caseId;
    }

    public long letterId() {
        return letterId;
    }

    public String subject() {
        return subject;
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

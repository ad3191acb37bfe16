package se.inkasso.complaints.intake.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import se.inkasso.complaints.domain.model.Channel;

/**
 * One contact from a debtor, by portal or phone (D2): who, when, how, and the idempotency key the
 * caller sent, so that a repeated submission finds the first one instead of creating cases again
 * (D5). The cases registered from it carry its id; a contact with a complaint and an objection
 * has two.
 */
@Entity
@Table(name = "contact")
public class Contact {

    @Id
    @Column(length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @Column(name = "debtor_id", nullable = false)
    private long debtorId;

    /** Who submitted: the debtor's personnummer digits in the portal, the agent's username on the phone. */
    @Column(nullable = false, length = 60)
    private String caller;

    @Column(name = "idempotency_key", length = 200)
    private String idempotencyKey;

    /** A fingerprint of what was submitted, to tell a repeat from a different request with the same key. */
    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    /** The debtor's case this contact is about, when it came about one they already had (D24, D25). */
    @Column(name = "case_id")
    private Long caseId;

    protected Contact() {
    }

    public Contact(Channel channel, long debtorId, String caller, String idempotencyKey, String requestHash,
            Instant receivedAt) {
        this.id = UUID.randomUUID().toString();
        this.channel = channel;
        this.debtorId = debtorId;
        this.caller = caller;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.receivedAt = receivedAt;
    }

    /** A contact about a case the debtor already has: a message or an addition (D24, D25). */
    public static Contact about(long caseId, Channel channel, long debtorId, String caller, String requestHash,
            Instant receivedAt) {
        Contact contact = new Contact(channel, debtorId, caller, null, requestHash, receivedAt);
        contact.caseId = caseId;
        return contact;
    }

    public Optional<Long> caseId() {
        return Optional.ofNullable(caseId);
    }

    public String id() {
        return id;
    }

    public Channel channel() {
        return channel;
    }

    public long debtorId() {
        return debtorId;
    }

    public String caller() {
        return caller;
    }

    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    public String requestHash() {
        return requestHash;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}

package se.inkasso.complaints.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import se.inkasso.complaints.domain.StateConflictException;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.LetterKind;
import se.inkasso.complaints.notification.boundary.DeliveryStatus;

/**
 * One notification the system decided to send, written in the deciding transaction (D19). The
 * delivery key names the decision, so the same decision never queues a second notification; the
 * dispatcher claims it with a token and a lease before delivering.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "delivery_key", nullable = false, unique = true, length = 120)
    private String deliveryKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private NotificationChannel channel;

    /** The letter to write, or which letter an e-mail notice is about; none for the notice of a message (D24). */
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private LetterKind kind;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "debtor_id", nullable = false)
    private long debtorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Column(length = 8000)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claim_token", length = 36)
    private String claimToken;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected Notification() {
    }

    public Notification(String deliveryKey, NotificationChannel channel, LetterKind kind, long caseId, long debtorId,
            Language language, String payload, Instant now) {
        this.deliveryKey = deliveryKey;
        this.channel = channel;
        this.kind = kind;
        this.caseId = caseId;
        this.debtorId = debtorId;
        this.language = language;
        this.payload = payload;
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** @return whether the caller still holds the claim it took with this token */
    public boolean claimedBy(String token) {
        return status == DeliveryStatus.PENDING && token.equals(claimToken);
    }

    public void delivered(Instant at) {
        this.status = DeliveryStatus.SENT;
        this.sentAt = at;
        this.lastError = null;
    }

    /** An attempt failed: wait for the next one, or give up when retrying cannot help or has not. */
    public void failed(String error, Instant nextAttempt, boolean giveUp) {
        this.status = giveUp ? DeliveryStatus.DEAD : DeliveryStatus.PENDING;
        this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        this.nextAttemptAt = nextAttempt;
        this.claimToken = null;
    }

    public void cancel(String reason) {
        this.status = DeliveryStatus.CANCELLED;
        this.lastError = reason;
    }

    /** Staff send a dead notification again, from the first attempt. */
    public void retry(Instant now) {
        if (status != DeliveryStatus.DEAD) {
            throw new StateConflictException("notification.retry.state", String.valueOf(id), status.name());
        }
        this.status = DeliveryStatus.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
        this.claimToken = null;
    }

    public Long id() {
        return id;
    }

    public String deliveryKey() {
        return deliveryKey;
    }

    public NotificationChannel channel() {
        return channel;
    }

    public LetterKind kind() {
        return kind;
    }

    public long caseId() {
        return caseId;
    }

    public long debtorId() {
        return debtorId;
    }

    public Language language() {
        return language;
    }

    public String payload() {
        return payload == null ? "{}" : payload;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }
}

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
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.LetterKind;

/**
 * A letter as sent: what it was, to whom, in which language, and whether it goes by post. Made once
 * per notification (unique), so a retried delivery can never make a second letter. Its PDF is a
 * {@link LetterDocument}; it never changes after it is made.
 */
@Entity
@Table(name = "letter")
public class Letter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notification_id", nullable = false, unique = true)
    private long notificationId;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "debtor_id", nullable = false)
    private long debtorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private LetterKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false)
    private int pages;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false)
    private boolean postal;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "print_batch_id")
    private Long printBatchId;

    protected Letter() {
    }

    public Letter(Notification notification, String title, int pages, int sizeBytes, boolean postal, Instant now) {
        this.notificationId = notification.id();
        this.caseId = notification.caseId();
        this.debtorId = notification.debtorId();
        this.kind = notification.kind();
        this.language = notification.language();
        this.title = title;
        this.pages = pages;
        this.sizeBytes = sizeBytes;
        this.postal = postal;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public long debtorId() {
        return debtorId;
    }

    public LetterKind kind() {
        return kind;
    }

    public Language language() {
        return language;
    }

    public String title() {
        return title;
    }

    public int pages() {
        return pages;
    }

    /** Goes to the print house: the debtor has a complete postal address. */
    public boolean postal() {
        return postal;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Long> printBatchId() {
        return Optional.ofNullable(printBatchId);
    }
}

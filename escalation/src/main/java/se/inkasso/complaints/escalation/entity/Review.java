package se.inkasso.complaints.escalation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import se.inkasso.complaints.domain.StateConflictException;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.domain.model.ReviewOutcome;
import se.inkasso.complaints.domain.model.Ruling;

/** The complaints officer's review of a case a debtor is not satisfied with (D16), with its own clock. */
@Entity
@Table(name = "review")
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, length = 60)
    private String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @Column(nullable = false, length = 4000)
    private String reason;

    @Column(nullable = false)
    private LocalDate due;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ReviewOutcome outcome;

    @Embedded
    private Ruling ruling;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected Review() {
    }

    public Review(long caseId, Instant requestedAt, String requestedBy, Channel channel, String reason, LocalDate due) {
        this.caseId = caseId;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
        this.channel = channel;
        this.reason = reason;
        this.due = due;
    }

    public void decide(ReviewOutcome decision, Ruling decided, String officer, Instant at) {
        requireOpen();
        this.outcome = decision;
        this.ruling = decided;
        this.decidedBy = officer;
        this.decidedAt = at;
    }

    /** @throws StateConflictException once the review is decided: a decision is final (D16) */
    public void requireOpen() {
        if (decidedAt != null) {
            throw new StateConflictException("review.decided", String.valueOf(id));
        }
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Channel channel() {
        return channel;
    }

    public String reason() {
        return reason;
    }

    public LocalDate due() {
        return due;
    }

    public Optional<ReviewOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /** The reasons and redress written; with none written yet (a table row of empty columns), an empty one. */
    public Ruling ruling() {
        return ruling == null ? Ruling.NONE : ruling;
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }
}

package se.inkasso.complaints.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import se.inkasso.complaints.domain.money.Money;

/**
 * A stop on collection placed by an objection (D6): the whole claim, or only the disputed amount.
 * Never deleted; lifting it records when and why.
 */
@Entity
@Table(name = "collection_hold")
public class CollectionHold {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    private Claim claim;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lift_reason", length = 1000)
    private String liftReason;

    protected CollectionHold() {
    }

    CollectionHold(Claim claim, long caseId, BigDecimal amount, Instant placedAt) {
        this.claim = claim;
        this.caseId = caseId;
        this.amount = amount;
        this.placedAt = placedAt;
    }

    void lift(String reason, Instant at) {
        this.liftReason = reason;
        this.liftedAt = at;
    }

    public boolean isActive() {
        return liftedAt == null;
    }

    public Long id() {
        return id;
    }

    /** The case whose objection placed the hold. */
    public long caseId() {
        return caseId;
    }

    /** The disputed amount, or empty when the whole claim is on hold. */
    public Optional<Money> amount() {
        return Optional.ofNullable(amount).map(Money::sek);
    }

    public Instant placedAt() {
        return placedAt;
    }

    public Optional<Instant> liftedAt() {
        return Optional.ofNullable(liftedAt);
    }

    public Optional<String> liftReason() {
        return Optional.ofNullable(liftReason);
    }
}

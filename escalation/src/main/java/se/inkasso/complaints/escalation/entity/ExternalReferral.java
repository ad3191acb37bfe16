package se.inkasso.complaints.escalation.entity;

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
import se.inkasso.complaints.domain.model.ExternalBody;

/** A case taken to Inkassonämnden or Finansinspektionen (D17), with what the body later says. */
@Entity
@Table(name = "external_referral")
public class ExternalReferral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExternalBody body;

    @Column(name = "referred_at", nullable = false)
    private Instant referredAt;

    @Column(name = "referred_by", nullable = false, length = 60)
    private String referredBy;

    @Column(name = "external_reference", length = 100)
    private String externalReference;

    @Column(length = 2000)
    private String outcome;

    @Column(name = "outcome_at")
    private Instant outcomeAt;

    @Version
    private long version;

    protected ExternalReferral() {
    }

    public ExternalReferral(long caseId, ExternalBody body, String externalReference, String referredBy, Instant at) {
        this.caseId = caseId;
        this.body = body;
        this.externalReference = externalReference;
        this.referredBy = referredBy;
        this.referredAt = at;
    }

    /** What the body said later: its reference, its outcome, or both; what is not given stays. */
    public void record(String reference, String bodyOutcome, Instant at) {
        if (reference != null) {
            this.externalReference = reference;
        }
        if (bodyOutcome != null) {
            this.outcome = bodyOutcome;
            this.outcomeAt = at;
        }
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public ExternalBody body() {
        return body;
    }

    public Instant referredAt() {
        return referredAt;
    }

    public String referredBy() {
        return referredBy;
    }

    public Optional<String> externalReference() {
        return Optional.ofNullable(externalReference);
    }

    public Optional<String> outcome() {
        return Optional.ofNullable(outcome);
    }

    public Optional<Instant> outcomeAt() {
        return Optional.ofNullable(outcomeAt);
    }
}

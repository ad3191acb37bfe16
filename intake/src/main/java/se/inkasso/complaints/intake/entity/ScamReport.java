package se.inkasso.complaints.intake.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import se.inkasso.complaints.intake.boundary.TextLimits;

/**
 * A message someone received that claims to come from the agency (D18). Kept in its own register
 * for the fraud team; never a complaint, never linked to a debtor.
 */
@Entity
@Table(name = "scam_report")
public class ScamReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    /** When the person got the message, if they said. */
    @Column(name = "message_received_at")
    private Instant messageReceivedAt;

    @Column(nullable = false, length = TextLimits.SCAM_SENDER)
    private String sender;

    @Column(nullable = false, length = TextLimits.SCAM_TEXT)
    private String text;

    protected ScamReport() {
    }

    public ScamReport(Instant reportedAt, Instant messageReceivedAt, String sender, String text) {
        this.reportedAt = reportedAt;
        this.messageReceivedAt = messageReceivedAt;
        this.sender = sender;
        this.text = text;
    }

    public Long id() {
        return id;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public Optional<Instant> messageReceivedAt() {
        return Optional.ofNullable(messageReceivedAt);
    }

    public String sender() {
        return sender;
    }

    public String text() {
        return text;
    }
}

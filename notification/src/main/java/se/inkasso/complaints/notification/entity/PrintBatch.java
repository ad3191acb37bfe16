package se.inkasso.complaints.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A day's letters for postal delivery, handed to the print house as one PDF and a manifest. */
@Entity
@Table(name = "print_batch")
public class PrintBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant cutoff;

    @Column(name = "letter_count", nullable = false)
    private int letterCount;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    protected PrintBatch() {
    }

    public PrintBatch(Instant cutoff, String createdBy, Instant now) {
        this.cutoff = cutoff;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void counted(int letters) {
        this.letterCount = letters;
    }

    public Long id() {
        return id;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Letters made before this instant and not yet printed are in the batch. */
    public Instant cutoff() {
        return cutoff;
    }

    public int letterCount() {
        return letterCount;
    }

    public String createdBy() {
        return createdBy;
    }
}

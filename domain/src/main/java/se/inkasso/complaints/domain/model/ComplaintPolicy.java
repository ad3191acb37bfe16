package se.inkasso.complaints.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One language's text of a version of the complaint policy (D27). A version takes effect on its
 * day and is never changed once in force: a case records the version in force when it was
 * received (D4), and its debtor reads that text.
 */
@Entity
@Table(name = "complaint_policy")
public class ComplaintPolicy {

    /** The longest text of a version, in characters. */
    public static final int LONGEST_TEXT = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Column(nullable = false, length = LONGEST_TEXT)
    private String text;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "published_by", nullable = false, length = 60)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected ComplaintPolicy() {
    }

    public ComplaintPolicy(String version, Language language, String text, LocalDate effectiveFrom,
            String publishedBy, Instant publishedAt) {
        this.version = version;
        this.language = language;
        this.text = text;
        this.effectiveFrom = effectiveFrom;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    /** A text not yet in force may still be corrected before its day. */
    public void rewrite(String newText, String by, Instant at) {
        this.text = newText;
        this.publishedBy = by;
        this.publishedAt = at;
    }

    public String version() {
        return version;
    }

    public Language language() {
        return language;
    }

    public String text() {
        return text;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}

package se.inkasso.complaints.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The PDF of a letter, kept in its own row so that listing letters never loads documents. */
@Entity
@Table(name = "letter_document")
public class LetterDocument {

    @Id
    @Column(name = "letter_id")
    private Long letterId;

    @Column(nullable = false)
    private byte[] content;

    protected LetterDocument() {
    }

    public LetterDocument(long letterId, byte[] content) {
        this.letterId = letterId;
        this.content = content.clone();
    }

    public byte[] content() {
        return content.clone();
    }
}

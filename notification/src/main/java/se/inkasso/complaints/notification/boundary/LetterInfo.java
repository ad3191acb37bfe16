package se.inkasso.complaints.notification.boundary;

import java.time.Instant;
import se.inkasso.complaints.notification.entity.Letter;

/** A letter as listed with its case or in the portal; its PDF is fetched on its own. */
public record LetterInfo(long id, long caseId, String kind, String language, String title, int pages, boolean postal,
        Instant createdAt, Long printBatchId) {

    static LetterInfo of(Letter letter) {
        return new LetterInfo(letter.id(), letter.caseId(), letter.kind().name(), letter.language().code(),
                letter.title(), letter.pages(), letter.postal(), letter.createdAt(),
                letter.printBatchId().orElse(null));
    }
}

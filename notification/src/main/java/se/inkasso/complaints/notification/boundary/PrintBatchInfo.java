package se.inkasso.complaints.notification.boundary;

import java.time.Instant;
import se.inkasso.complaints.notification.entity.PrintBatch;

/** A print batch as listed for staff and the print house. */
public record PrintBatchInfo(long id, Instant createdAt, Instant cutoff, int letters, String createdBy) {

    static PrintBatchInfo of(PrintBatch batch) {
        return new PrintBatchInfo(batch.id(), batch.createdAt(), batch.cutoff(), batch.letterCount(),
                batch.createdBy());
    }
}

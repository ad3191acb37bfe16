package se.inkasso.complaints.intake.boundary;

import java.io.Serializable;
import java.time.Instant;

/** An attachment as a list shows it: no content. */
public record AttachmentInfo(long id, String fileName, String mediaType, int sizeBytes, Instant receivedAt)
        implements Serializable {
}

package se.inkasso.complaints.web.api.command;

import java.time.Instant;
import se.inkasso.complaints.intake.boundary.TextLimits;

/**
 * {@code POST /api/scam-reports}: anyone reports a message that falsely claims to come from the
 * agency (D18): who sent it, what it said, and when it came. The register checks the texts.
 */
public record ReportScam(Instant receivedAt, @MaxLength(TextLimits.SCAM_SENDER) String sender,
        @MaxLength(TextLimits.SCAM_TEXT) String text) {
}

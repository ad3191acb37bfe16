package se.inkasso.complaints.web.api.command;

import java.time.LocalDate;
import se.inkasso.complaints.domain.model.ComplaintPolicy;
import se.inkasso.complaints.domain.model.Language;

/**
 * {@code PUT /api/policy} (D27): one language's text of the version that takes effect on
 * {@code effectiveFrom} (today or later).
 */
public record PublishPolicy(@Required Language language, @Required @MaxLength(ComplaintPolicy.LONGEST_TEXT) String text,
        @Required LocalDate effectiveFrom) {
}

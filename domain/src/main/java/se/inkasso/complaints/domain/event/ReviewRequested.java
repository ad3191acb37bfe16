package se.inkasso.complaints.domain.event;

import java.time.Instant;
import java.time.LocalDate;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.domain.model.Language;

/**
 * A debtor not satisfied asked for the complaints officer's review (D16); it is due by {@code due}.
 * Casework moves the case to ESCALATED, or refuses (and so rolls the request back) when the case
 * is not answered yet; notification acknowledges it to the debtor.
 *
 * @param requestedBy {@code debtor} in the portal, or the agent's username on the phone
 */
public record ReviewRequested(long reviewId, long caseId, String reference, LocalDate due, String requestedBy,
        Channel channel, String reason, Instant requestedAt, long debtorId, Language language) {
}

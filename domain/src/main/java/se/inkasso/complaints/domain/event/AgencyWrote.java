package se.inkasso.complaints.domain.event;

import java.time.Instant;

/** A handler answered the debtor with a message in Mina sidor about a case (D24); casework notes it on the timeline. */
public record AgencyWrote(long caseId, long messageId, String by, Instant at) {
}

package se.inkasso.complaints.casework.boundary;

import java.time.Instant;
import java.time.LocalDate;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.identity.Personnummer;
import se.inkasso.complaints.domain.model.CaseStatus;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.domain.model.Language;

/** One line of a queue, read in the same query as the page: no entity, no lazy loading. */
public record QueueRow(CaseReference reference, CaseType type, CaseStatus status, Channel channel,
        Language language, Personnummer debtorPersonnummer, String debtorName, long creditorId, String creditorName,
        Instant receivedAt, LocalDate acknowledgementDue, LocalDate responseDue, String handler, String queue,
        long version) {
}

package se.inkasso.complaints.domain.event;

import java.time.Instant;
import se.inkasso.complaints.domain.model.ExternalBody;
import se.inkasso.complaints.domain.model.Language;

/**
 * A case went to Inkassonämnden or Finansinspektionen (D17): casework records it on the case, the
 * debtor gets the letter that explains the body.
 *
 * @param externalReference the body's own reference, when known; else null
 */
public record ExternalReferralIssued(long referralId, long caseId, String reference, ExternalBody body,
        String externalReference, String issuedBy, Instant issuedAt, long debtorId, Language language) {
}

package se.inkasso.complaints.domain.event;

import se.inkasso.complaints.domain.model.ExternalBody;

/**
 * A case went to Inkassonämnden or Finansinspektionen (D17).
 *
 * @param externalReference the body's own reference, when known; else null
 */
public record ExternalReferralIssued(long referralId, long caseId, String reference, ExternalBody body,
        String externalReference) {
}

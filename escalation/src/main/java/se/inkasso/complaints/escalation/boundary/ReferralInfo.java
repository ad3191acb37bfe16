package se.inkasso.complaints.escalation.boundary;

import java.time.Instant;
import se.inkasso.complaints.escalation.entity.ExternalReferral;

/** A referral to an external body as the case shows it. */
public record ReferralInfo(long id, long caseId, String body, Instant referredAt, String referredBy,
        String externalReference, String outcome, Instant outcomeAt) {

    static ReferralInfo of(ExternalReferral referral) {
        return new ReferralInfo(referral.id(), referral.caseId(), referral.body().name(), referral.referredAt(),
                referral.referredBy(), referral.externalReference().orElse(null), referral.outcome().orElse(null),
                referral.outcomeAt().orElse(null));
    }
}

package se.inkasso.complaints.web.api;

import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.json.JsonBuilders;
import se.inkasso.complaints.escalation.boundary.ReferralInfo;
import se.inkasso.complaints.escalation.boundary.ReviewInfo;

/** Reviews and referrals in the API; the debtor's view leaves out who did what among staff. */
final class EscalationJson {

    private EscalationJson() {
    }

    static JsonObjectBuilder review(ReviewInfo review, String caseReference, boolean staff) {
        JsonObjectBuilder json = JsonBuilders.object().add("id", review.id()).add("case", caseReference)
                .add("requestedAt", review.requestedAt().toString()).add("channel", review.channel())
                .add("reason", review.reason()).add("due", review.due().toString())
                .add("status", review.decidedAt() == null ? "OPEN" : "DECIDED")
                .add("overdue", review.decidedAt() == null
                        && review.due().isBefore(LocalDate.now(BusinessCalendar.ZONE)));
        BiConsumer<String, Object> optional = (name, value) -> {
            if (value != null) {
                json.add(name, value.toString());
            }
        };
        optional.accept("outcome", review.outcome());
        optional.accept("reasons", review.reasons());
        optional.accept("redress", review.redress());
        optional.accept("redressAmount", review.redressAmount() == null ? null : review.redressAmount().toPlainString());
        optional.accept("decidedAt", review.decidedAt());
        if (staff) {
            json.add("requestedBy", review.requestedBy());
            optional.accept("decidedBy", review.decidedBy());
        }
        return json;
    }

    static JsonObjectBuilder referral(ReferralInfo referral, String caseReference) {
        JsonObjectBuilder json = JsonBuilders.object().add("id", referral.id()).add("case", caseReference)
                .add("body", referral.body()).add("referredAt", referral.referredAt().toString())
                .add("referredBy", referral.referredBy());
        if (referral.externalReference() != null) {
            json.add("externalReference", referral.externalReference());
        }
        if (referral.outcome() != null) {
            json.add("outcome", referral.outcome()).add("outcomeAt", referral.outcomeAt().toString());
        }
        return json;
    }
}

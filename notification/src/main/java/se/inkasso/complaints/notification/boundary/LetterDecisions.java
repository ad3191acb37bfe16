package se.inkasso.complaints.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.event.CaseReclassified;
import se.inkasso.complaints.domain.event.CaseRegistered;
import se.inkasso.complaints.domain.event.CaseWithdrawn;
import se.inkasso.complaints.domain.event.DelayLetterRequested;
import se.inkasso.complaints.domain.event.ExternalReferralIssued;
import se.inkasso.complaints.domain.event.ObjectionAssessed;
import se.inkasso.complaints.domain.event.ObjectionOutcomeRecorded;
import se.inkasso.complaints.domain.event.ResponseSent;
import se.inkasso.complaints.domain.event.ReviewDecided;
import se.inkasso.complaints.domain.event.ReviewRequested;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.LetterKind;

/**
 * Which decision gets which letter. Observes the events inside the deciding transaction (not after
 * it), so the letter is queued exactly when the decision is committed (D19); each event says to
 * whom and in which language.
 */
@ApplicationScoped
public class LetterDecisions {

    @Inject
    Outbox outbox;

    /** D11, D6, D2: every new case is acknowledged in writing, or its resolution confirmed. */
    void registered(@Observes CaseRegistered event) {
        LetterKind kind = event.resolvedOnContact() ? LetterKind.RESOLUTION_ON_CONTACT
                : event.type() == CaseType.OBJECTION ? LetterKind.OBJECTION_ACKNOWLEDGEMENT
                : LetterKind.COMPLAINT_ACKNOWLEDGEMENT;
        outbox.letter("registered:" + event.caseId(), kind, event.caseId(), event.debtorId(), event.language(),
                Map.of());
    }

    /** D12: the reason and the new date. */
    void delayed(@Observes DelayLetterRequested event) {
        outbox.letter("delay:" + event.caseId() + ":" + event.newDue(), LetterKind.DELAY, event.caseId(),
                event.debtorId(), event.language(), Map.of("missedDue", event.missedDue().toString(), "newDue", event.newDue().toString(),
                        "reason", event.reason()));
    }

    /** D14, D12: the final response, in short form when resolved within 3 business days. */
    void responded(@Observes ResponseSent event) {
        outbox.letter("response:" + event.responseId(),
                event.shortResolution() ? LetterKind.SHORT_RESOLUTION : LetterKind.FINAL_RESPONSE, event.caseId(),
                event.debtorId(), event.language(), Map.of("responseId", String.valueOf(event.responseId())));
    }

    /** D7: substantive or not, and why. */
    void assessed(@Observes ObjectionAssessed event) {
        Map<String, String> facts = new HashMap<>();
        facts.put("substantive", String.valueOf(event.substantive()));
        facts.put("reason", event.reason());
        if (event.creditorPositionDue() != null) {
            facts.put("creditorPositionDue", event.creditorPositionDue().toString());
        }
        outbox.letter("assessment:" + event.caseId(), LetterKind.OBJECTION_ASSESSMENT, event.caseId(), event.debtorId(),
                event.language(), facts);
    }

    /** D8: the creditor's answer and what it means. */
    void outcome(@Observes ObjectionOutcomeRecorded event) {
        Map<String, String> facts = new HashMap<>();
        facts.put("outcome", event.outcome().name());
        facts.put("note", event.note());
        outbox.letter("outcome:" + event.caseId(), LetterKind.OBJECTION_OUTCOME, event.caseId(), event.debtorId(),
                event.language(), facts);
    }

    /** D2: a case handled as the other type is acknowledged again as that type (D6 for an objection). */
    void reclassified(@Observes CaseReclassified event) {
        LetterKind kind = event.to() == CaseType.OBJECTION ? LetterKind.OBJECTION_ACKNOWLEDGEMENT
                : LetterKind.COMPLAINT_ACKNOWLEDGEMENT;
        outbox.letter("reclassified:" + event.caseId() + ":" + event.reclassifiedAt().toEpochMilli(), kind,
                event.caseId(), event.debtorId(), event.language(), Map.of());
    }

    /** D26: the withdrawal confirmed; for an objection, that collection is no longer paused. */
    void withdrawn(@Observes CaseWithdrawn event) {
        outbox.letter("withdrawn:" + event.caseId(), LetterKind.WITHDRAWAL_CONFIRMATION, event.caseId(),
                event.debtorId(), event.language(), Map.of("objection", String.valueOf(event.type() == CaseType.OBJECTION),
                        "withdrawnDate", event.at().atZone(BusinessCalendar.ZONE).toLocalDate().toString()));
    }

    /** D16: the review and its date. */
    void reviewRequested(@Observes ReviewRequested event) {
        outbox.letter("review:" + event.reviewId(), LetterKind.REVIEW_ACKNOWLEDGEMENT, event.caseId(), event.debtorId(),
                event.language(), Map.of("reviewDue", event.due().toString()));
    }

    /** D16, D17: the officer's decision, with the routes outside the agency. */
    void reviewDecided(@Observes ReviewDecided event) {
        Map<String, String> facts = new HashMap<>();
        facts.put("reviewOutcome", event.outcome().name());
        facts.put("reasons", event.reasons());
        facts.put("redress", event.redress());
        outbox.letter("review-decision:" + event.reviewId(), LetterKind.REVIEW_DECISION, event.caseId(),
                event.debtorId(), event.language(), facts);
    }

    /** D17: what the body covers and its address. */
    void referred(@Observes ExternalReferralIssued event) {
        Map<String, String> facts = new HashMap<>();
        facts.put("body", event.body().name());
        facts.put("externalReference", event.externalReference());
        outbox.letter("referral:" + event.referralId(), LetterKind.EXTERNAL_REFERRAL, event.caseId(), event.debtorId(),
                event.language(), facts);
    }
}

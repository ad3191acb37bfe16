package se.inkasso.complaints.web.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.inkasso.complaints.domain.model.CaseAction;
import se.inkasso.complaints.intake.boundary.AttachmentInfo;

/**
 * What the case page shows, read in one transaction: no lazy loading while the page renders.
 * {@code version} is the case's version when read: every change made from the page sends it back,
 * so that a change someone else made meanwhile is detected, not overwritten.
 */
public record CaseSummary(String reference, long version, String type, String status, String channel,
        String language, Instant receivedAt, LocalDate acknowledgementDue, LocalDate responseDue,
        LocalDate responseCeiling, String debtorName, String debtorPersonnummer, String claimReference,
        String creditor, BigDecimal balance, String collectionStatus, int activeHolds, String handler,
        String description, String remedySought, String classification, Handling handling, List<String> linkedCases,
        List<Step> timeline, List<Letter> letters, List<Review> reviews, List<Referral> referrals,
        List<AttachmentInfo> attachments, List<Message> messages, Set<CaseAction> allowedActions)
        implements Serializable {

    /** A message with the debtor about the case (D24), with the documents the debtor sent along. */
    public record Message(Instant at, boolean fromDebtor, String author, String text, List<AttachmentInfo> documents)
            implements Serializable {
    }

    /** One step on the timeline. */
    public record Step(Instant at, String actor, String step, String detail, boolean visibleToDebtor)
            implements Serializable {
    }

    /** A letter sent about the case, with where its PDF opens. */
    public record Letter(long id, String title, String kind, String language, Instant sentAt, int pages)
            implements Serializable {
    }

    /** How far the handling has come: objection assessment and outcome (D7, D8), closure (D15). */
    public record Handling(Boolean substantive, String assessmentReason, LocalDate creditorPositionDue,
            String objectionOutcome, String rootCause, String correctiveAction, boolean correctiveDone)
            implements Serializable {
    }

    /** A review by the complaints officer (D16). */
    public record Review(long id, LocalDate due, String reason, String outcome, String decidedBy)
            implements Serializable {
    }

    /** A referral to an external body (D17). */
    public record Referral(long id, String body, Instant referredAt, String externalReference, String outcome)
            implements Serializable {
    }

    public boolean isObjection() {
        return "OBJECTION".equals(type);
    }

    /** What the case's state allows now: the case decides, the page only offers it. */
    public boolean allows(CaseAction action) {
        return allowedActions.contains(action);
    }
}

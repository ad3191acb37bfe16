package se.inkasso.complaints.casework.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.inkasso.complaints.domain.model.CaseAction;
import se.inkasso.complaints.domain.model.CaseStatus;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.domain.model.Deadlines;
import se.inkasso.complaints.domain.model.DueState;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.TimelineStep;

/**
 * A case as people see it, read whole in one transaction (no lazy loading while a page renders):
 * what the JSON API, the staff's case page and the debtor's portal show of casework's part of a
 * case. {@link #forDebtor()} leaves out what is internal. Letters, reviews, referrals and the
 * debtor's documents belong to other modules and are shown beside it. Nullable where a case may
 * not have the thing yet; {@code version} is the one a change must be made against.
 *
 * @param category a complaint's category (null for an objection)
 * @param grounds an objection's grounds (null for a complaint)
 * @param due where the response target stands, while the case waits for its answer; else null
 * @param allowedActions what the case's state allows today ({@code Case#allowedActions})
 */
public record CaseFile(long id, String reference, long version, CaseType type, CaseStatus status, Channel channel,
        Language language, Instant receivedAt, Deadlines deadlines, DueState due, String queue, String policyVersion,
        Debtor debtor, Claim claim, String handler, String subjectStaff, String description, String remedySought,
        String category, String grounds, BigDecimal disputedAmount, Handling handling, List<String> linkedCases,
        List<Step> timeline, String contactId, Set<CaseAction> allowedActions) implements Serializable {

    /** What a debtor may do with their own case themselves: ask for a review (D16), withdraw it (D26). */
    private static final Set<CaseAction> DEBTORS_ACTIONS = Set.of(CaseAction.REQUEST_REVIEW, CaseAction.WITHDRAW);

    public CaseFile {
        linkedCases = List.copyOf(linkedCases);
        timeline = List.copyOf(timeline);
        allowedActions = Set.copyOf(allowedActions);
    }

    /** Whom the case concerns; the personnummer masked (D21). */
    public record Debtor(long id, String name, String maskedPersonnummer) implements Serializable {
    }

    /** The claim the case is about and where its collection stands (D6). */
    public record Claim(long id, String reference, String creditor, BigDecimal balance, String collectionStatus,
            int activeHolds) implements Serializable {
    }

    /** How far the handling has come: assessment and outcome (D7, D8), closure (D15). Each null until it happens. */
    public record Handling(Boolean substantive, String assessmentReason, LocalDate creditorPositionDue,
            String objectionOutcome, String outcomeNote, String rootCause, String correctiveAction,
            String correctiveActionOwner, LocalDate correctiveActionDue, boolean correctiveDone, Instant closedAt)
            implements Serializable {
    }

    /** One step on the timeline; {@code actor} is null in the debtor's view. */
    public record Step(Instant at, String actor, TimelineStep step, String detail) implements Serializable {
    }

    public boolean allows(CaseAction action) {
        return allowedActions.contains(action);
    }

    /**
     * The case as its debtor follows it: only the steps meant for them, no staff names, no root
     * cause or corrective action, and of the actions only the one that is theirs (D16).
     */
    public CaseFile forDebtor() {
        Handling told = new Handling(handling.substantive(), handling.assessmentReason(),
                handling.creditorPositionDue(), handling.objectionOutcome(), handling.outcomeNote(), null, null, null,
                null, false, handling.closedAt());
        return new CaseFile(id, reference, version, type, status, channel, language, receivedAt, deadlines, due, null,
                policyVersion, debtor, claim, null, null, description, remedySought, category, grounds, disputedAmount,
                told, linkedCases, timeline.stream().filter(step -> step.step().visibleToDebtor())
                        .map(step -> new Step(step.at(), null, step.step(),
                                step.step().detailVisibleToDebtor() ? step.detail() : null)).toList(),
                contactId, allowedActions.stream().filter(DEBTORS_ACTIONS::contains)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }
}

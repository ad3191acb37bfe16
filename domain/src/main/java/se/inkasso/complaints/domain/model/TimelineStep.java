package se.inkasso.complaints.domain.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * Every kind of step on a case's timeline (D4: every later step is recorded), with the code it is
 * stored and named by (its texts are {@code step.<code>} in the pages' bundles, Swedish and
 * English) and whether the debtor sees it in the portal.
 */
public enum TimelineStep {
    CASE_RECEIVED("case.received", true),
    CASE_REGISTERED("case.registered", true),
    CASE_LINKED("case.linked", true),
    CASE_ADDED_TO("case.added-to", true),
    CASE_RESOLVED_ON_CONTACT("case.resolved-on-contact", true),
    CASE_ACKNOWLEDGED("case.acknowledged", true),
    CASE_ASSIGNED("case.assigned", false),
    CASE_UNASSIGNED("case.unassigned", false),
    CASE_SUBJECT_STAFF("case.subject-staff", false),
    CASE_RECLASSIFIED("case.reclassified", true),
    CASE_NOTE("case.note", false),
    HOLD_PLACED("hold.placed", true),
    HOLD_REDUCED("hold.reduced", true),
    HOLD_LIFTED("hold.lifted", true),
    OBJECTION_SUBSTANTIVE("objection.substantive", true),
    OBJECTION_NOT_SUBSTANTIVE("objection.not-substantive", true),
    OBJECTION_CREDITOR_POSITION_REQUESTED("objection.creditor-position-requested", false),
    OBJECTION_OUTCOME_WITHDRAWN("objection.outcome.withdrawn", true),
    OBJECTION_OUTCOME_ADJUSTED("objection.outcome.adjusted", true),
    OBJECTION_OUTCOME_MAINTAINED("objection.outcome.maintained", true),
    OBJECTION_OUTCOME_PARTIAL("objection.outcome.partial", true),
    RESPONSE_DRAFTED("response.drafted", false),
    RESPONSE_SENT("response.sent", true),
    DEADLINE_DELAYED("deadline.delayed", true),
    DEADLINE_BREACHED_ACKNOWLEDGEMENT("deadline.breached.acknowledgement", false),
    DEADLINE_BREACHED_RESPONSE("deadline.breached.response", false),
    DEADLINE_BREACHED_CEILING("deadline.breached.ceiling", false),
    DEADLINE_BREACHED_CREDITOR_POSITION("deadline.breached.creditor_position", false),
    REVIEW_REQUESTED("review.requested", true),
    REVIEW_DECIDED("review.decided", true),
    REFERRAL_ISSUED("referral.issued", true),
    REFERRAL_UPDATED("referral.updated", false),
    LETTER_SENT("letter.sent", true),
    MESSAGE_FROM_DEBTOR("message.from-debtor", true),
    MESSAGE_FROM_AGENCY("message.from-agency", true),
    CASE_CLOSED("case.closed", true),
    CASE_WITHDRAWN("case.withdrawn", true),
    CORRECTIVE_ACTION_DONE("corrective-action.done", false);

    private final String code;
    private final boolean visibleToDebtor;

    TimelineStep(String code, boolean visibleToDebtor) {
        this.code = code;
        this.visibleToDebtor = visibleToDebtor;
    }

    /** How the step is stored, and the key of its texts. */
    public String code() {
        return code;
    }

    public boolean visibleToDebtor() {
        return visibleToDebtor;
    }

    /** Whether the debtor sees the step's detail too: a closure's detail is its root cause, for staff. */
    public boolean detailVisibleToDebtor() {
        return visibleToDebtor && this != CASE_CLOSED;
    }

    public static TimelineStep ofCode(String code) {
        return Arrays.stream(values()).filter(step -> step.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No timeline step " + code));
    }

    /** How an objection ended (D8). */
    public static TimelineStep outcome(ObjectionOutcome outcome) {
        return ofCode("objection.outcome." + outcome.name().toLowerCase(Locale.ROOT));
    }

    /** A clock that ran out (D11, D12, D7). */
    public static TimelineStep breached(DeadlineKind kind) {
        return ofCode("deadline.breached." + kind.name().toLowerCase(Locale.ROOT));
    }
}

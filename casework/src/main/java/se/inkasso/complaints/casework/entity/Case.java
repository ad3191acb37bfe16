package se.inkasso.complaints.casework.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.DynamicUpdate;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.StateConflictException;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.CaseAction;
import se.inkasso.complaints.domain.model.CaseRequest;
import se.inkasso.complaints.domain.model.CaseStatus;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.domain.model.Claim;
import se.inkasso.complaints.domain.model.ComplaintCategory;
import se.inkasso.complaints.domain.model.CorrectiveAction;
import se.inkasso.complaints.domain.model.Creditor;
import se.inkasso.complaints.domain.model.Deadlines;
import se.inkasso.complaints.domain.model.Debtor;
import se.inkasso.complaints.domain.model.Decision;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.ObjectionGrounds;
import se.inkasso.complaints.domain.model.ObjectionOutcome;
import se.inkasso.complaints.domain.model.ReviewOutcome;
import se.inkasso.complaints.domain.model.TimelineStep;
import se.inkasso.complaints.domain.money.Money;
import se.inkasso.complaints.domain.persistence.CaseReferenceConverter;

/**
 * A complaint or an objection (D1) with everything D4 asks to be recorded: reference, channel,
 * received-at (the clock start, never reset), debtor, claim, type, category or grounds, the
 * debtor's own words, the remedy asked for, the policy version in force, and every later step on
 * its timeline. Nothing is deleted (D2).
 */
// The system marks a case acknowledged beside the handlers' edits (CaseRepository.markAcknowledged):
// a save writes only the columns it changed, so it never puts back a status read before that.
@DynamicUpdate
@Entity(name = "Case")
@Table(name = "cases")
public class Case {

    /** The actor of what the system does on its own. */
    public static final String SYSTEM = "system";

    /** Whether someone on a timeline is staff: not the system, not the debtor (portal or phone). */
    public static boolean isStaff(String actor) {
        return actor != null && !SYSTEM.equals(actor) && !"debtor".equals(actor) && !actor.startsWith("debtor:");
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = CaseReferenceConverter.class)
    @Column(nullable = false, unique = true, length = 20)
    private CaseReference reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CaseStatus status;

    /** {@link CaseStatus#isOpen()} of the status, kept as a column for the queues' indexes (V12). */
    @Column(name = "is_open", nullable = false)
    private boolean open;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "debtor_id")
    private Debtor debtor;

    /** Read with the case: a lazy debtor loads itself to answer even {@code id()} (#9). */
    @Column(name = "debtor_id", insertable = false, updatable = false)
    private Long debtorId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    private Claim claim;

    /** The claim's creditor, kept on the case for the queues by creditor. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "creditor_id")
    private Creditor creditor;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private ComplaintCategory category;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private ObjectionGrounds grounds;

    @Column(name = "disputed_amount", precision = 19, scale = 2)
    private BigDecimal disputedAmount;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(name = "remedy_sought", length = 2000)
    private String remedySought;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    /** The contact the case came from; two cases from one contact share it (D1). */
    @Column(name = "contact_id", updatable = false, length = 36)
    private String contactId;

    @Embedded
    private Deadlines deadlines;

    @Column(name = "policy_version", nullable = false, length = 20)
    private String policyVersion;

    @Column(nullable = false, length = 60)
    private String queue;

    /** Username of the staff member handling the case. */
    @Column(length = 60)
    private String handler;

    /** Username of the staff member whose conduct a complaint is about; never its handler (D13). */
    @Column(name = "subject_staff", length = 60)
    private String subjectStaff;

    /** The objection's assessment (D7): null until assessed. */
    @Column(name = "substantive")
    private Boolean substantive;

    @Column(name = "assessment_reason", length = 2000)
    private String assessmentReason;

    /** When the creditor's position on a substantive objection is due; its own clock (D7). */
    @Column(name = "creditor_position_due")
    private LocalDate creditorPositionDue;

    @Enumerated(EnumType.STRING)
    @Column(name = "objection_outcome", length = 20)
    private ObjectionOutcome objectionOutcome;

    @Column(name = "outcome_note", length = 2000)
    private String outcomeNote;

    @Column(name = "root_cause", length = 60)
    private String rootCause;

    @Column(name = "corrective_action", length = 2000)
    private String correctiveAction;

    @Column(name = "corrective_owner", length = 60)
    private String correctiveOwner;

    @Column(name = "corrective_due")
    private LocalDate correctiveDue;

    @Column(name = "corrective_done")
    private Boolean correctiveDone;

    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("at, id")
    private List<TimelineEntry> timeline = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "case_link", joinColumns = @JoinColumn(name = "case_id"),
            inverseJoinColumns = @JoinColumn(name = "linked_case_id"))
    private Set<Case> linkedCases = new LinkedHashSet<>();

    @Version
    private long version;

    protected Case() {
    }


    /**
     * Registers a case: its timeline starts with the contact as received (at received-at, by whoever
     * took it) and the registration.
     *
     * @param receivedBy {@code debtor} in the portal, or the agent's username on the phone
     */
    public Case(CaseReference reference, String contactId, CaseRequest contact, Debtor debtor, Claim claim,
            Deadlines deadlines, String policyVersion, String queue, String receivedBy, Instant registeredAt) {
        this.reference = reference;
        this.contactId = contactId;
        this.type = contact.type();
        this.channel = contact.channel();
        this.debtor = debtor;
        this.debtorId = debtor.id();
        this.claim = claim;
        this.creditor = claim.creditor();
        this.category = contact.category();
        this.grounds = contact.grounds();
        this.disputedAmount = contact.disputedAmount() == null ? null : contact.disputedAmount().amount();
        this.description = contact.description();
        this.remedySought = contact.remedySought();
        this.language = contact.language();
        this.receivedAt = contact.receivedAt();
        this.deadlines = deadlines;
        this.policyVersion = policyVersion;
        this.queue = queue;
        moveTo(CaseStatus.REGISTERED);
        record(TimelineStep.CASE_RECEIVED, receivedBy, receivedAt, channel.name());
        record(TimelineStep.CASE_REGISTERED, SYSTEM, registeredAt, reference.value());
    }

    /**
     * Notes on the timeline what happened around the case without changing it: a hold on its claim,
     * a letter, a referral, a note. The case's own transitions record themselves.
     */
    public void record(TimelineStep step, String actor, Instant at, String detail) {
        timeline.add(new TimelineEntry(this, at, actor, step, detail));
    }

    /** Links two cases from one contact or about the same matter, both ways; never merges them (D1, D5). */
    public void linkTo(Case other, Instant at) {
        if (other != this) {
            linkedCases.add(other);
            other.linkedCases.add(this);
            record(TimelineStep.CASE_LINKED, SYSTEM, at, other.reference.value());
            other.record(TimelineStep.CASE_LINKED, SYSTEM, at, reference.value());
        }
    }

    /** The call settled the matter there and then (D2): registered and resolved, with what was agreed. */
    public void resolveOnContact(String note, String actor, Instant at) {
        if (status != CaseStatus.REGISTERED) {
            throw new StateConflictException("response.state", reference.value(), status.name());
        }
        moveTo(CaseStatus.RESOLVED_ON_CONTACT);
        record(TimelineStep.CASE_RESOLVED_ON_CONTACT, actor, at, note);
    }

    /**
     * Records the assessment of an objection (D7): substantive ones wait for the creditor's
     * position until {@code creditorPositionDue}; others are answered with a reasoned letter.
     */
    public void assess(boolean isSubstantive, String reason, LocalDate positionDue, String actor, Instant at) {
        requireObjection();
        if (!isAssessable()) {
            throw new StateConflictException("objection.already-assessed", reference.value());
        }
        this.substantive = isSubstantive;
        this.assessmentReason = reason;
        this.creditorPositionDue = isSubstantive ? positionDue : null;
        moveTo(isSubstantive ? CaseStatus.AWAITING_CREDITOR : CaseStatus.RESPONDED);
        if (isSubstantive) {
            record(TimelineStep.OBJECTION_SUBSTANTIVE, actor, at, reason);
            record(TimelineStep.OBJECTION_CREDITOR_POSITION_REQUESTED, actor, at, positionDue.toString());
        } else {
            record(TimelineStep.OBJECTION_NOT_SUBSTANTIVE, actor, at, reason);
        }
    }

    /** Records how a substantive objection ended (D8). */
    public void recordOutcome(ObjectionOutcome outcome, String note, String actor, Instant at) {
        requireObjection();
        if (!awaitsOutcome()) {
            throw new StateConflictException("objection.outcome-state", reference.value());
        }
        this.objectionOutcome = outcome;
        this.outcomeNote = note;
        moveTo(CaseStatus.RESPONDED);
        record(TimelineStep.outcome(outcome), actor, at, note);
    }

    private void requireObjection() {
        if (type != CaseType.OBJECTION) {
            throw new StateConflictException("objection.not-objection", reference.value());
        }
    }

    /** Gives the case to a handler; never the person whose conduct it is about (D13). */
    public void assignTo(String newHandler, String actor, Instant at) {
        if (newHandler.equals(subjectStaff)) {
            throw DomainException.about("handler", "assignment.subject-staff", newHandler, reference.value());
        }
        this.handler = newHandler;
        record(TimelineStep.CASE_ASSIGNED, actor, at, newHandler);
    }

    /**
     * Records whose conduct a complaint is about (D13); if that person handles the case, it goes
     * back to its queue so that someone else takes it.
     */
    public void recordSubjectStaff(String username, String actor, Instant at) {
        this.subjectStaff = username;
        record(TimelineStep.CASE_SUBJECT_STAFF, actor, at, username);
        if (username.equals(handler)) {
            handler = null;
            record(TimelineStep.CASE_UNASSIGNED, actor, at, username);
        }
    }

    /**
     * Closes a case that has been answered, with its root cause and any corrective action (D15).
     *
     * @param action what the agency changes so it does not happen again, or null
     */
    public void close(String rootCauseCode, CorrectiveAction action, String actor, Instant at) {
        if (status != CaseStatus.RESPONDED) {
            throw new StateConflictException("closure.state", reference.value(), status.name());
        }
        this.rootCause = rootCauseCode;
        if (action != null) {
            this.correctiveAction = action.description();
            this.correctiveOwner = action.owner();
            this.correctiveDue = action.due();
            this.correctiveDone = action.done();
        }
        this.closedAt = at;
        moveTo(CaseStatus.CLOSED);
        record(TimelineStep.CASE_CLOSED, actor, at, rootCauseCode);
    }

    /**
     * Moves the response target after a delay letter (D12); received-at and the ceiling never move.
     */
    public void delayResponse(LocalDate newResponseDue, Instant at) {
        if (newResponseDue.isAfter(deadlines.responseCeiling()) || !newResponseDue.isAfter(deadlines.responseDue())) {
            throw new StateConflictException("deadline.delay", reference.value(), newResponseDue,
                    deadlines.responseCeiling());
        }
        this.deadlines = new Deadlines(deadlines.acknowledgementDue(), newResponseDue, deadlines.responseCeiling());
        record(TimelineStep.DEADLINE_DELAYED, SYSTEM, at, newResponseDue.toString());
    }

    /** Whether the final response is still awaited: open and not yet answered. */
    public boolean awaitsResponse() {
        return status.isOpen() && status != CaseStatus.RESPONDED && status != CaseStatus.ESCALATED;
    }

    /** The corrective action decided at closure has been carried out (D15). */
    public void completeCorrectiveAction(String actor, Instant at) {
        if (correctiveAction == null) {
            throw new StateConflictException("closure.no-corrective-action", reference.value());
        }
        if (Boolean.TRUE.equals(correctiveDone)) {
            throw new StateConflictException("closure.corrective-action-done", reference.value());
        }
        this.correctiveDone = true;
        record(TimelineStep.CORRECTIVE_ACTION_DONE, actor, at, null);
    }

    /**
     * The debtor is not satisfied and asks for review (D16): allowed once the case has been
     * answered, or when the response ceiling has passed without an answer.
     */
    public void escalate(String reason, String actor, Instant at) {
        LocalDate today = at.atZone(BusinessCalendar.ZONE).toLocalDate();
        if (status == CaseStatus.ESCALATED) {
            throw new StateConflictException("review.open", reference.value());
        }
        if (wasReviewed()) {
            throw new StateConflictException("review.final", reference.value());
        }
        if (!isReviewable(today)) {
            throw new StateConflictException("review.too-early", reference.value(), deadlines.responseCeiling());
        }
        moveTo(CaseStatus.ESCALATED);
        record(TimelineStep.REVIEW_REQUESTED, actor, at, reason);
    }

    /**
     * The debtor takes the case back while it waits for its answer (D26): it ends here, keeps its
     * history and needs no root cause; nobody answers it any more.
     */
    public void withdraw(String reason, String actor, Instant at) {
        if (!awaitsResponse()) {
            throw new StateConflictException("withdrawal.state", reference.value());
        }
        this.closedAt = at;
        moveTo(CaseStatus.WITHDRAWN);
        record(TimelineStep.CASE_WITHDRAWN, actor, at, reason);
    }

    /** The officer decided the review: the case is answered again, and can be closed. */
    public void reviewed(ReviewOutcome outcome, String officer, Instant at) {
        if (status == CaseStatus.ESCALATED) {
            moveTo(CaseStatus.RESPONDED);
        }
        record(TimelineStep.REVIEW_DECIDED, officer, at, outcome.name());
    }

    /** The final response went out (D14). */
    public void responded(Decision decision, String actor, Instant at) {
        if (!awaitsResponse()) {
            throw new StateConflictException("response.state", reference.value(), status.name());
        }
        moveTo(CaseStatus.RESPONDED);
        record(TimelineStep.RESPONSE_SENT, actor, at, decision.name());
    }

    /**
     * Corrects a wrong classification (D2): the case keeps its reference, received-at and clocks;
     * the audit trail says why.
     */
    public void reclassify(CaseType newType, ComplaintCategory newCategory, ObjectionGrounds newGrounds,
            String newQueue, String reason, String actor, Instant at) {
        if (!status.isOpen()) {
            throw new StateConflictException("reclassification.state", reference.value(), status.name());
        }
        if (newType == type) {
            throw new StateConflictException("reclassification.same", reference.value(), type.name());
        }
        CaseType from = type;
        this.type = newType;
        this.category = newType == CaseType.COMPLAINT ? newCategory : null;
        this.grounds = newType == CaseType.OBJECTION ? newGrounds : null;
        this.disputedAmount = null;
        this.queue = newQueue;
        record(TimelineStep.CASE_RECLASSIFIED, actor, at, from + " \u2192 " + newType + ": " + reason);
    }

    /** What may be done with the case now, on {@code today}; each transition refuses what is not here. */
    public Set<CaseAction> allowedActions(LocalDate today) {
        Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
        if (awaitsResponse()) {
            allowed.add(CaseAction.RESPOND);
        }
        if (isAssessable()) {
            allowed.add(CaseAction.ASSESS_OBJECTION);
        }
        if (awaitsOutcome()) {
            allowed.add(CaseAction.RECORD_OUTCOME);
        }
        if (status.isOpen()) {
            allowed.add(CaseAction.RECLASSIFY);
        }
        if (status == CaseStatus.RESPONDED) {
            allowed.add(CaseAction.CLOSE);
        }
        if (correctiveAction != null && !Boolean.TRUE.equals(correctiveDone)) {
            allowed.add(CaseAction.COMPLETE_CORRECTIVE_ACTION);
        }
        if (isReviewable(today)) {
            allowed.add(CaseAction.REQUEST_REVIEW);
        }
        if (awaitsResponse()) {
            allowed.add(CaseAction.WITHDRAW);
        }
        if (isAnswered() || status == CaseStatus.ESCALATED) {
            allowed.add(CaseAction.REFER);
        }
        return allowed;
    }

    private boolean isAssessable() {
        return type == CaseType.OBJECTION && substantive == null && status.isOpen();
    }

    private boolean awaitsOutcome() {
        return type == CaseType.OBJECTION && Boolean.TRUE.equals(substantive) && objectionOutcome == null
                && status.isOpen();
    }

    private boolean isAnswered() {
        return status == CaseStatus.RESPONDED || status == CaseStatus.CLOSED || status == CaseStatus.RESOLVED_ON_CONTACT;
    }

    private boolean isReviewable(LocalDate today) {
        return status != CaseStatus.ESCALATED && !wasReviewed()
                && (isAnswered() || status.isOpen() && today.isAfter(deadlines.responseCeiling()));
    }

    /** The officer's decision is the agency's last word (D16, D17): after it, only the external bodies. */
    private boolean wasReviewed() {
        return timeline.stream().anyMatch(entry -> entry.step() == TimelineStep.REVIEW_DECIDED);
    }

    public Long id() {
        return id;
    }

    public CaseReference reference() {
        return reference;
    }

    public CaseType type() {
        return type;
    }

    public Channel channel() {
        return channel;
    }

    public CaseStatus status() {
        return status;
    }

    public Debtor debtor() {
        return debtor;
    }

    public Long debtorId() {
        return debtorId;
    }

    public Claim claim() {
        return claim;
    }

    public Creditor creditor() {
        return creditor;
    }

    public Optional<ComplaintCategory> category() {
        return Optional.ofNullable(category);
    }

    public Optional<ObjectionGrounds> grounds() {
        return Optional.ofNullable(grounds);
    }

    public Optional<Money> disputedAmount() {
        return Optional.ofNullable(disputedAmount).map(Money::sek);
    }

    public String description() {
        return description;
    }

    public Optional<String> remedySought() {
        return Optional.ofNullable(remedySought);
    }

    public Language language() {
        return language;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Optional<String> contactId() {
        return Optional.ofNullable(contactId);
    }

    public Deadlines deadlines() {
        return deadlines;
    }

    public String policyVersion() {
        return policyVersion;
    }

    public String queue() {
        return queue;
    }

    public Optional<String> handler() {
        return Optional.ofNullable(handler);
    }

    public Optional<String> subjectStaff() {
        return Optional.ofNullable(subjectStaff);
    }

    public Optional<Boolean> substantive() {
        return Optional.ofNullable(substantive);
    }

    public Optional<String> assessmentReason() {
        return Optional.ofNullable(assessmentReason);
    }

    public Optional<LocalDate> creditorPositionDue() {
        return Optional.ofNullable(creditorPositionDue);
    }

    public Optional<ObjectionOutcome> objectionOutcome() {
        return Optional.ofNullable(objectionOutcome);
    }

    public Optional<String> outcomeNote() {
        return Optional.ofNullable(outcomeNote);
    }

    public Optional<String> rootCause() {
        return Optional.ofNullable(rootCause);
    }

    public Optional<CorrectiveAction> corrective() {
        return Optional.ofNullable(correctiveAction).map(description -> new CorrectiveAction(description,
                correctiveOwner, correctiveDue, Boolean.TRUE.equals(correctiveDone)));
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    public Set<Case> linkedCases() {
        return Set.copyOf(linkedCases);
    }

    public long version() {
        return version;
    }

    /** Every change of status goes here, so that the open flag the queues read never falls behind. */
    private void moveTo(CaseStatus next) {
        status = next;
        open = next.isOpen();
    }
}

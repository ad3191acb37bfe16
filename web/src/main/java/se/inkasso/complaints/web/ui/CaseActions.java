package se.inkasso.complaints.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import se.inkasso.complaints.casework.boundary.Closure;
import se.inkasso.complaints.casework.boundary.Notes;
import se.inkasso.complaints.casework.boundary.ObjectionHandling;
import se.inkasso.complaints.casework.boundary.Reclassification;
import se.inkasso.complaints.casework.boundary.Responses;
import se.inkasso.complaints.casework.boundary.RootCauses;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.FieldError;
import se.inkasso.complaints.domain.IncompleteException;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.domain.model.ComplaintCategory;
import se.inkasso.complaints.domain.model.CorrectiveAction;
import se.inkasso.complaints.domain.model.Decision;
import se.inkasso.complaints.domain.model.ExternalBody;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.ObjectionGrounds;
import se.inkasso.complaints.domain.model.ObjectionOutcome;
import se.inkasso.complaints.escalation.boundary.Referrals;
import se.inkasso.complaints.escalation.boundary.Reviews;
import se.inkasso.complaints.notification.boundary.Conversations;
import se.inkasso.complaints.web.security.Caller;
import se.inkasso.complaints.web.security.Roles;

/**
 * The changes staff make from the case page. Which ones are offered follows the case's state
 * ({@link CasePage}); who may make them is checked here again, on the server, as the API checks it.
 */
@Named
@ViewScoped
public class CaseActions implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] HANDLERS = {Roles.AGENT, Roles.TEAM_LEAD, Roles.ADMIN};
    private static final String[] LEADS = {Roles.TEAM_LEAD, Roles.ADMIN};
    private static final String[] STAFF = {Roles.AGENT, Roles.TEAM_LEAD, Roles.COMPLAINTS_OFFICER, Roles.ADMIN};

    @Inject
    CasePage page;

    @Inject
    transient Responses responses;

    @Inject
    transient ObjectionHandling objections;

    @Inject
    transient Reclassification reclassification;

    @Inject
    transient Closure closure;

    @Inject
    transient Notes notes;

    @Inject
    transient Conversations conversations;

    @Inject
    transient Reviews reviews;

    @Inject
    transient Referrals referrals;

    @Inject
    transient RootCauses rootCauses;

    @Inject
    transient SecurityContext security;

    @Inject
    transient Caller caller;

    @Inject
    transient Texts texts;

    @Inject
    transient Problems problems;

    @Inject
    transient LanguageSelection language;

    private final ResponseForm response = new ResponseForm();
    private final ActionForms.Assessment assessment = new ActionForms.Assessment();
    private final ActionForms.Outcome outcome = new ActionForms.Outcome();
    private final ActionForms.Reclassification correction = new ActionForms.Reclassification();
    private final ActionForms.Closure closing = new ActionForms.Closure();
    private final ActionForms.Escalation escalation = new ActionForms.Escalation();
    private String note;
    private String answer;
    private transient List<Object> checkedDraft;
    private transient List<String> checklist;

    /** What the response still lacks (D14) or may not say (D9), in the reader's language; live as they type. */
    public List<String> getChecklist() {
        // the page asks twice per render (empty? and the list): check once per state of the draft
        List<Object> draft = java.util.Arrays.asList(response.getDecision(), response.getReasons(),
                response.getRedress(), response.isFreeOfCharge(), response.isOnwardRoutes(), language.getCode(),
                page.getCase() == null ? null : page.getCase().version());
        if (!draft.equals(checkedDraft)) {
            checklist = responses.check(reference(), decision(), response.getReasons(), response.getRedress(),
                    response.isFreeOfCharge(), response.isOnwardRoutes()).stream()
                    .map(key -> DomainException.format(language.getLocale(), key)).toList();
            checkedDraft = draft;
        }
        return checklist;
    }

    /** Sends the response if the checklist passes; otherwise says what is missing and keeps the text. */
    public String send() {
        List<String> missing = getChecklist();
        if (!missing.isEmpty()) {
            problems.refuse(java.util.stream.Stream.concat(java.util.stream.Stream.of(texts.get("respond.refused")),
                    missing.stream()).toList());
            return null;
        }
        return change("respond", STAFF, version -> responses.draftAndSend(reference(), decision(),
                response.getReasons(), response.getRedress(), response.amount(),
                response.getLanguage() == null ? null : Language.fromCode(response.getLanguage()),
                response.isFreeOfCharge(), response.isOnwardRoutes(), caller.name(), version), "respond.sent");
    }

    public String assess() {
        return change("assess", HANDLERS, version -> objections.assess(reference(),
                choice("substantive", assessment.getSubstantive(), Boolean::valueOf), assessment.getReason(),
                caller.name(), version), "action.assessed");
    }

    public String recordOutcome() {
        return change("outcome", HANDLERS, version -> objections.recordOutcome(reference(),
                choice("outcome", outcome.getOutcome(), ObjectionOutcome::valueOf), EnteredAmount.read("adjustedAmount", outcome.getAdjustedAmount()),
                outcome.isRefundFees(), EnteredAmount.read("disputedAmount", outcome.getDisputedAmount()), outcome.getNote(), caller.name(), version),
                "action.outcome");
    }

    public String reclassify() {
        return change("reclassify", HANDLERS, version -> {
            CaseType type = choice("type", correction.getType(), CaseType::valueOf);
            String classification = correction.getClassification();
            reclassification.reclassify(reference(), type,
                    type == CaseType.COMPLAINT && classification != null ? ComplaintCategory.valueOf(classification)
                            : null,
                    type == CaseType.OBJECTION && classification != null ? ObjectionGrounds.valueOf(classification)
                            : null,
                    correction.getReason(), caller.name(), version);
        }, "action.reclassified");
    }

    public String close() {
        return change("close", HANDLERS, version -> {
            String action = blankToNull(closing.getCorrectiveAction());
            closure.close(reference(), choice("rootCause", closing.getRootCause(), code -> code),
                    action == null ? null : new CorrectiveAction(action, blankToNull(closing.getOwner()),
                            closing.getDue(), false),
                    caller.name(), version);
        }, "action.closed");
    }

    public String completeCorrectiveAction() {
        return change("corrective", LEADS, version -> closure.completeCorrectiveAction(reference(), caller.name(),
                version), "action.corrective");
    }

    /** A review asked for on the phone, recorded by the agent who took the call (D16). */
    public String requestReview() {
        return change("review", STAFF, version -> reviews.request(reference(), escalation.getReason(), caller.name(),
                Channel.PHONE), "action.review");
    }

    public String refer() {
        return change("refer", STAFF, version -> referrals.refer(reference(),
                choice("body", escalation.getBody(), ExternalBody::valueOf), escalation.getExternalReference(),
                caller.name()), "action.referred");
    }

    public String addNote() {
        return change("note", STAFF, version -> notes.add(reference(), note, caller.name(), version), "action.noted");
    }

    /** Answers the debtor in Mina sidor (D24); the answer is beside the case, its version unchanged. */
    public String answerDebtor() {
        return change("answer", STAFF, version -> conversations.answer(reference(), caller.name(), answer),
                "message.answered");
    }

    private String change(String form, String[] roles, LongConsumer change, String doneKey) {
        if (Arrays.stream(roles).noneMatch(security::isCallerInRole)) {
            problems.refuse(List.of(texts.get("action.forbidden")));
            return null;
        }
        return page.change(form, change, doneKey);
    }

    /** A choice the form requires, refused beside its field when nothing was chosen. */
    private static <T> T choice(String field, String value, java.util.function.Function<String, T> parse) {
        if (value == null || value.isBlank()) {
            throw new IncompleteException(List.of(new FieldError(field, "field.choose")));
        }
        return parse.apply(value);
    }

    private CaseReference reference() {
        return new CaseReference(page.getReference());
    }

    private Decision decision() {
        return response.getDecision() == null ? null : Decision.valueOf(response.getDecision());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isTeamLead() {
        return Arrays.stream(LEADS).anyMatch(security::isCallerInRole);
    }

    public boolean isHandler() {
        return Arrays.stream(HANDLERS).anyMatch(security::isCallerInRole);
    }

    public List<RootCauseChoice> getRootCauses() {
        Language reader = Language.fromCode(language.getCode());
        return rootCauses.active().stream().map(cause -> new RootCauseChoice(cause.code(), cause.name(reader))).toList();
    }

    /** A root cause as the closing form lists it. */
    public record RootCauseChoice(String code, String name) implements Serializable {
    }

    /** Categories for a complaint, grounds for an objection: what the chosen new type needs. */
    public List<String> getClassifications() {
        if ("OBJECTION".equals(correction.getType())) {
            return Arrays.stream(ObjectionGrounds.values()).map(Enum::name).toList();
        }
        return Arrays.stream(ComplaintCategory.values()).map(Enum::name).toList();
    }

    public Decision[] getDecisions() {
        return Decision.values();
    }

    public ObjectionOutcome[] getOutcomes() {
        return ObjectionOutcome.values();
    }

    public ResponseForm getResponse() {
        return response;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public ActionForms.Assessment getAssessment() {
        return assessment;
    }

    public ActionForms.Outcome getOutcome() {
        return outcome;
    }

    public ActionForms.Reclassification getCorrection() {
        return correction;
    }

    public ActionForms.Closure getClosing() {
        return closing;
    }

    public ActionForms.Escalation getEscalation() {
        return escalation;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

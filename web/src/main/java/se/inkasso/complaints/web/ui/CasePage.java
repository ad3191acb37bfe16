package se.inkasso.complaints.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.model.CaseAction;

/**
 * The case page for staff: the case, its claim and hold, its timeline and its letters, and the
 * changes the case's state allows. Every change is made against the version the page shows; if
 * someone else changed the case meanwhile, the page says who changed what and keeps what was typed.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    transient CaseSummaries summaries;

    @Inject
    transient Problems problems;

    @Inject
    transient Texts texts;

    private String reference;
    private CaseSummary summary;
    private Instant seenAt;

    /** Loads the case named in the address; an unknown case is a 404, as in the API. */
    public void load() throws IOException {
        summary = summaries.find(reference).orElse(null);
        seenAt = Instant.now();
        if (summary == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, reference);
            faces.responseComplete();
        }
    }

    /**
     * Makes one change against the version on screen; on success the page opens afresh with the
     * message, on refusal the reasons are shown beside the form's fields and nothing is lost.
     *
     * @return where the browser goes next: the case again, or null to stay with the input
     */
    String change(String form, LongConsumer change, String doneKey) {
        try {
            change.accept(summary.version());
        } catch (RuntimeException refusal) {
            if (isConflict(refusal)) {
                conflict();
            } else {
                problems.show(refusal, form);
            }
            return null;
        }
        problems.done(texts.format(doneKey, reference));
        return "/staff/case?faces-redirect=true&reference=" + reference;
    }

    private static boolean isConflict(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /** Someone else changed the case: show their steps since this page was read, then the case as it is now. */
    private void conflict() {
        Instant seen = seenAt;
        summary = summaries.find(reference).orElseThrow();
        seenAt = Instant.now();
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, texts.get("conflict.title"), null));
        summary.timeline().stream().filter(step -> step.at().isAfter(seen)).forEach(step -> faces.addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_WARN, texts.format("conflict.step", step.actor(), time(step.at()),
                        stepName(step.step()) + (step.detail() == null ? "" : " – " + step.detail())), null)));
        faces.validationFailed();
    }

    /** A timeline step's name in the reader's language. */
    public String stepName(String step) {
        return texts.find("step." + step).orElse(step);
    }

    /** The case waits for its final response, so the page offers to write it. */
    public boolean isAnswerable() {
        return allows(CaseAction.RESPOND);
    }

    public boolean isAssessable() {
        return allows(CaseAction.ASSESS_OBJECTION);
    }

    public boolean isAwaitingOutcome() {
        return allows(CaseAction.RECORD_OUTCOME);
    }

    public boolean isReclassifiable() {
        return allows(CaseAction.RECLASSIFY);
    }

    public boolean isClosable() {
        return allows(CaseAction.CLOSE);
    }

    public boolean isCorrectiveActionOpen() {
        return allows(CaseAction.COMPLETE_CORRECTIVE_ACTION);
    }

    public boolean isReviewable() {
        return allows(CaseAction.REQUEST_REVIEW);
    }

    private boolean allows(CaseAction action) {
        return summary != null && summary.allows(action);
    }

    /** The bodies the case has not been referred to yet, once it has been answered (D17). */
    public List<String> getReferableBodies() {
        if (!allows(CaseAction.REFER)) {
            return List.of();
        }
        Set<String> referred = summary.referrals().stream().map(CaseSummary.Referral::body)
                .collect(java.util.stream.Collectors.toSet());
        return java.util.Arrays.stream(se.inkasso.complaints.domain.model.ExternalBody.values()).map(Enum::name)
                .filter(body -> !referred.contains(body)).toList();
    }

    /** A moment as a Swedish clock shows it. */
    public String time(Instant at) {
        return minute(at);
    }

    static String minute(Instant at) {
        return at.atZone(BusinessCalendar.ZONE).format(MINUTE);
    }

    public CaseSummary getCase() {
        return summary;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}

package se.inkasso.complaints.web.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import se.inkasso.complaints.casework.boundary.Responses;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.Decision;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.money.Money;
import se.inkasso.complaints.web.security.Caller;

/** The case page for staff: the case, its claim and hold, its timeline and its letters. */
@Named
@ViewScoped
public class CasePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    transient CaseSummaries summaries;

    @Inject
    transient Responses responses;

    @Inject
    transient Caller caller;

    @Inject
    transient Problems problems;

    @Inject
    transient Texts texts;

    @Inject
    transient LanguageSelection language;

    private String reference;
    private CaseSummary summary;
    private ResponseForm response = new ResponseForm();

    /** Loads the case named in the address; an unknown case is a 404, as in the API. */
    public void load() throws IOException {
        summary = summaries.find(reference).orElse(null);
        if (summary == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, reference);
            faces.responseComplete();
        }
    }

    /** The case waits for its final response, so the page offers to write it. */
    public boolean isAnswerable() {
        return summary != null && java.util.Set.of("REGISTERED", "ACKNOWLEDGED", "INVESTIGATING", "AWAITING_CREDITOR")
                .contains(summary.status());
    }

    /** What the response still lacks (D14) or may not say (D9), in the reader's language; live as they type. */
    public java.util.List<String> getChecklist() {
        return responses.check(new CaseReference(reference), decision(), response.getReasons(), response.getRedress(),
                response.isFreeOfCharge(), response.isOnwardRoutes()).stream()
                .map(key -> DomainException.format(language.getLocale(), key)).toList();
    }

    /** Sends the response if the checklist passes; otherwise says what is missing and keeps the text. */
    public void send() throws IOException {
        java.util.List<String> missing = getChecklist();
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!missing.isEmpty()) {
            faces.addMessage(null, new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, texts.get("respond.refused"), null));
            missing.forEach(text -> faces.addMessage(null, new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, text, null)));
            faces.validationFailed();
            return;
        }
        try {
            CaseReference caseReference = new CaseReference(reference);
            var draft = responses.draft(caseReference, decision(), response.getReasons(), response.getRedress(),
                    response.getRedressAmount() == null ? null : Money.sek(response.getRedressAmount()),
                    response.getLanguage() == null ? null : Language.fromCode(response.getLanguage()),
                    response.isFreeOfCharge(), response.isOnwardRoutes(), caller.name());
            responses.send(caseReference, draft.id(), caller.name(), null);
        } catch (RuntimeException refusal) {
            problems.show(refusal, "respond");
            return;
        }
        problems.info(texts.format("respond.sent", reference));
        response = new ResponseForm();
        load();
    }

    private Decision decision() {
        return response.getDecision() == null ? null : Decision.valueOf(response.getDecision());
    }

    public Decision[] getDecisions() {
        return Decision.values();
    }

    public ResponseForm getResponse() {
        return response;
    }

    /** A moment as a Swedish clock shows it. */
    public String time(Instant at) {
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

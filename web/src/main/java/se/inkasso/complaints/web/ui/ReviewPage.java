package se.inkasso.complaints.web.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.model.ReviewOutcome;
import se.inkasso.complaints.domain.money.Money;
import se.inkasso.complaints.domain.repository.CaseRepository;
import se.inkasso.complaints.escalation.boundary.ReviewInfo;
import se.inkasso.complaints.escalation.boundary.Reviews;
import se.inkasso.complaints.web.security.Caller;

/** The complaints officer's decision on one review (D16), with separation of duties checked by the service. */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Reviews reviews;

    @Inject
    transient CaseRepository cases;

    @Inject
    transient Caller caller;

    @Inject
    transient Problems problems;

    @Inject
    transient Texts texts;

    private long id;
    private ReviewInfo review;
    private String caseReference;
    private String outcome;
    private String reasons;
    private String redress;
    private BigDecimal redressAmount;

    public void load() throws IOException {
        try {
            review = reviews.find(id);
            caseReference = cases.referencesOf(List.of(review.caseId())).get(review.caseId()).value();
        } catch (DomainException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, String.valueOf(id));
            faces.responseComplete();
        }
    }

    public String decide() {
        try {
            reviews.decide(id, outcome == null ? null : ReviewOutcome.valueOf(outcome), reasons, redress,
                    redressAmount == null ? null : Money.sek(redressAmount), caller.name());
        } catch (RuntimeException refusal) {
            problems.show(refusal, "decision");
            return null;
        }
        problems.done(texts.format("desk.decided", caseReference));
        return "/staff/desk?faces-redirect=true";
    }

    public ReviewOutcome[] getOutcomes() {
        return ReviewOutcome.values();
    }

    public ReviewInfo getReview() {
        return review;
    }

    public String getCaseReference() {
        return caseReference;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public String getRedress() {
        return redress;
    }

    public void setRedress(String redress) {
        this.redress = redress;
    }

    public BigDecimal getRedressAmount() {
        return redressAmount;
    }

    public void setRedressAmount(BigDecimal redressAmount) {
        this.redressAmount = redressAmount;
    }
}

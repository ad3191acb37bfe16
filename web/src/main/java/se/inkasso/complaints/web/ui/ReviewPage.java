package se.inkasso.complaints.web.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.casefile.CaseLookup;
import se.inkasso.complaints.domain.model.ReviewOutcome;
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
    transient CaseLookup cases;

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
    private final RulingForm ruling = new RulingForm();

    public void load() throws IOException {
        try {
            review = reviews.find(id);
            caseReference = cases.references(List.of(review.caseId())).get(review.caseId()).value();
        } catch (DomainException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, String.valueOf(id));
            faces.responseComplete();
        }
    }

    public String decide() {
        try {
            reviews.decide(id, outcome == null ? null : ReviewOutcome.valueOf(outcome), ruling.getReasons(),
                    ruling.getRedress(), ruling.amount(), caller.name());
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

    public RulingForm getRuling() {
        return ruling;
    }
}

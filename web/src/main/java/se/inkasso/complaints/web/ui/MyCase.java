package se.inkasso.complaints.web.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.escalation.boundary.Reviews;

/**
 * One of the debtor's cases: where it stands and what happens next, the steps and letters, and
 * "I am not satisfied" once it has been answered (D16); after the officer's decision, the routes
 * onward (D17). Another debtor's case does not exist here: not found.
 */
@Named
@ViewScoped
public class MyCase implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DebtorView view;

    @Inject
    transient Reviews reviews;

    @Inject
    transient Problems problems;

    @Inject
    transient Texts texts;

    private String reference;
    private DebtorView.CaseView found;
    private String reason;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        found = view.ownCase(reference).orElse(null);
        if (found == null) {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, texts.get("my.notFound"));
            faces.responseComplete();
        }
    }

    /** Asks the complaints officer to look at the case again; the reason is required. */
    public String requestReview() {
        try {
            reviews.request(new CaseReference(found.reference()), reason, "debtor", Channel.PORTAL);
        } catch (RuntimeException refusal) {
            problems.show(refusal, "review");
            return null;
        }
        problems.done(texts.get("my.review.done"));
        return "/portal/my/case?faces-redirect=true&reference=" + found.reference();
    }

    /** Answered (or past the ceiling without an answer), and no review open: the debtor may ask for one (D16). */
    public boolean isReviewable() {
        return found != null && found.reviewable();
    }

    /** The officer has decided a review: the external bodies are the way on (D17). */
    public boolean isDecided() {
        return found != null && found.reviews().stream().anyMatch(review -> review.outcome() != null);
    }

    public DebtorView.CaseView getCase() {
        return found;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

package se.inkasso.complaints.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import se.inkasso.complaints.casework.boundary.Withdrawals;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.escalation.boundary.Reviews;
import se.inkasso.complaints.notification.boundary.Inbox;
import se.inkasso.complaints.web.security.Caller;

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
    transient Withdrawals withdrawals;

    @Inject
    transient Caller caller;

    @Inject
    transient Inbox inbox;

    @Inject
    transient Texts texts;

    private String reference;
    private DebtorView.CaseView found;
    private String reason;
    private String withdrawalReason;
    private boolean withdrawalConfirmed;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        found = view.ownCase(reference).orElse(null);
        if (found != null) {
            inbox.answersShown(caller.debtor().id(), found.id());
        }
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

    /**
     * Takes the case back (D26) once the debtor has ticked that they mean it; an objection's
     * collection is then no longer paused, which the page said beside the box.
     */
    public String withdraw() {
        if (!withdrawalConfirmed) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage("withdraw:confirm", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.get("my.withdraw.unconfirmed"), null));
            faces.validationFailed();
            return null;
        }
        try {
            withdrawals.withdraw(new CaseReference(found.reference()), caller.debtor().id(), withdrawalReason);
        } catch (RuntimeException refusal) {
            problems.show(refusal, "withdraw");
            return null;
        }
        problems.done(texts.get("my.withdraw.done"));
        return "/portal/my/case?faces-redirect=true&reference=" + found.reference();
    }

    /** Waiting for its answer: the debtor may still take it back (D26). */
    public boolean isWithdrawable() {
        return found != null && found.withdrawable();
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

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(String withdrawalReason) {
        this.withdrawalReason = withdrawalReason;
    }

    public boolean isWithdrawalConfirmed() {
        return withdrawalConfirmed;
    }

    public void setWithdrawalConfirmed(boolean withdrawalConfirmed) {
        this.withdrawalConfirmed = withdrawalConfirmed;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

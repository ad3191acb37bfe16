package se.inkasso.complaints.web.ui;

import java.io.Serializable;
import java.math.BigDecimal;

/** What a handler is writing as the final response, kept while the case page is open. */
public class ResponseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String decision;
    private String reasons;
    private String redress;
    private BigDecimal redressAmount;
    private String language;
    private boolean freeOfCharge = true;
    private boolean onwardRoutes = true;

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
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

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isFreeOfCharge() {
        return freeOfCharge;
    }

    public void setFreeOfCharge(boolean freeOfCharge) {
        this.freeOfCharge = freeOfCharge;
    }

    public boolean isOnwardRoutes() {
        return onwardRoutes;
    }

    public void setOnwardRoutes(boolean onwardRoutes) {
        this.onwardRoutes = onwardRoutes;
    }
}

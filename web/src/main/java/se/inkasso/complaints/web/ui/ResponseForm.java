package se.inkasso.complaints.web.ui;

/** What a handler is writing as the final response, kept while the case page is open. */
public class ResponseForm extends RulingForm {

    private static final long serialVersionUID = 1L;

    private String decision;
    private String language;
    private boolean freeOfCharge = true;
    private boolean onwardRoutes = true;

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
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

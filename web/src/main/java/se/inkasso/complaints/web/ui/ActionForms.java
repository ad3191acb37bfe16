package se.inkasso.complaints.web.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a handler types into the case page's action forms, kept while the page is open (and on a conflict). */
public final class ActionForms {

    private ActionForms() {
    }

    /** Whether an objection is substantive (D7), and why. */
    public static class Assessment implements Serializable {
        private static final long serialVersionUID = 1L;
        private String substantive;
        private String reason;

        public String getSubstantive() {
            return substantive;
        }

        public void setSubstantive(String substantive) {
            this.substantive = substantive;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** How a substantive objection ended (D8). */
    public static class Outcome implements Serializable {
        private static final long serialVersionUID = 1L;
        private String outcome;
        private BigDecimal adjustedAmount;
        private boolean refundFees;
        private BigDecimal disputedAmount;
        private String note;

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }

        public BigDecimal getAdjustedAmount() {
            return adjustedAmount;
        }

        public void setAdjustedAmount(BigDecimal adjustedAmount) {
            this.adjustedAmount = adjustedAmount;
        }

        public boolean isRefundFees() {
            return refundFees;
        }

        public void setRefundFees(boolean refundFees) {
            this.refundFees = refundFees;
        }

        public BigDecimal getDisputedAmount() {
            return disputedAmount;
        }

        public void setDisputedAmount(BigDecimal disputedAmount) {
            this.disputedAmount = disputedAmount;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /** A corrected type with its category or grounds (D2). */
    public static class Reclassification implements Serializable {
        private static final long serialVersionUID = 1L;
        private String type;
        private String classification;
        private String reason;

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getClassification() {
            return classification;
        }

        public void setClassification(String classification) {
            this.classification = classification;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** The root cause and any corrective action of a closed case (D15). */
    public static class Closure implements Serializable {
        private static final long serialVersionUID = 1L;
        private String rootCause;
        private String correctiveAction;
        private String owner;
        private LocalDate due;

        public String getRootCause() {
            return rootCause;
        }

        public void setRootCause(String rootCause) {
            this.rootCause = rootCause;
        }

        public String getCorrectiveAction() {
            return correctiveAction;
        }

        public void setCorrectiveAction(String correctiveAction) {
            this.correctiveAction = correctiveAction;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public LocalDate getDue() {
            return due;
        }

        public void setDue(LocalDate due) {
            this.due = due;
        }
    }

    /** A review asked for on the phone (D16) or a referral to an external body (D17). */
    public static class Escalation implements Serializable {
        private static final long serialVersionUID = 1L;
        private String reason;
        private String body;
        private String externalReference;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }

        public String getExternalReference() {
            return externalReference;
        }

        public void setExternalReference(String externalReference) {
            this.externalReference = externalReference;
        }
    }
}

package se.inkasso.complaints.web.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.domain.model.ComplaintCategory;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.ObjectionGrounds;
import se.inkasso.complaints.intake.boundary.ContactSubmission;

/**
 * What a debtor says about a claim, as both intake forms collect it (the agent's phone intake and
 * the debtor's own filing in My pages), and the submission intake receives from it.
 */
public class ContactAnswers implements Serializable {

    private static final long serialVersionUID = 1L;

    private String claimReference;
    private String category;
    private String grounds;
    private BigDecimal disputedAmount;
    private String description;
    private String remedySought;

    /**
     * @param resolutionNote for a phone complaint resolved during the call, else null
     * @param key            the form's idempotency key (D5)
     */
    ContactSubmission submission(Channel channel, long debtorId, Set<CaseType> types, Language language,
            String caller, String resolutionNote, String key) {
        return new ContactSubmission(channel, debtorId, claimReference, types,
                category == null ? null : ComplaintCategory.valueOf(category),
                grounds == null ? null : ObjectionGrounds.valueOf(grounds),
                EnteredAmount.read("disputedAmount", disputedAmount), description, remedySought, language,
                caller, resolutionNote, key, null);
    }

    public List<String> getCategories() {
        return Arrays.stream(ComplaintCategory.values()).map(Enum::name).toList();
    }

    public List<String> getGroundsChoices() {
        return Arrays.stream(ObjectionGrounds.values()).map(Enum::name).toList();
    }

    public String getClaimReference() {
        return claimReference;
    }

    public void setClaimReference(String claimReference) {
        this.claimReference = claimReference;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category == null || category.isEmpty() ? null : category;
    }

    public String getGrounds() {
        return grounds;
    }

    public void setGrounds(String grounds) {
        this.grounds = grounds == null || grounds.isEmpty() ? null : grounds;
    }

    public BigDecimal getDisputedAmount() {
        return disputedAmount;
    }

    public void setDisputedAmount(BigDecimal disputedAmount) {
        this.disputedAmount = disputedAmount;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getRemedySought() {
        return remedySought;
    }

    public void setRemedySought(String remedySought) {
        this.remedySought = remedySought;
    }
}

package se.inkasso.complaints.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.domain.model.ComplaintCategory;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.ObjectionGrounds;
import se.inkasso.complaints.domain.money.Money;
import se.inkasso.complaints.domain.repository.CaseRepository;
import se.inkasso.complaints.intake.boundary.ContactSubmission;
import se.inkasso.complaints.intake.boundary.IntakeService;
import se.inkasso.complaints.intake.boundary.Receipt;
import se.inkasso.complaints.web.security.Caller;

/**
 * Phone intake (D1, D2): the agent finds the caller by personnummer or claim reference, records
 * what they say in their own words, and marks a complaint resolved during the call. One key per
 * form, so that a double click registers the contact once (D5).
 */
@Named
@ViewScoped
public class PhoneIntake implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DebtorLookup lookup;

    @Inject
    transient IntakeService intake;

    @Inject
    transient CaseRepository cases;

    @Inject
    transient Caller caller;

    @Inject
    transient Problems problems;

    @Inject
    transient Texts texts;

    private String query;
    private DebtorLookup.Found debtor;
    private String claimReference;
    private List<String> types = new ArrayList<>();
    private String category;
    private String grounds;
    private BigDecimal disputedAmount;
    private String description;
    private String remedySought;
    private String language;
    private boolean resolvedOnContact;
    private String resolutionNote;
    private String key = UUID.randomUUID().toString();

    public void find() {
        debtor = lookup.find(query).orElse(null);
        if (debtor == null) {
            problems.refuse(List.of(texts.format("intake.notFound", query == null ? "" : query.strip())));
            return;
        }
        language = debtor.language();
        claimReference = debtor.claims().size() == 1 ? debtor.claims().get(0).reference()
                : debtor.claims().stream().map(DebtorLookup.ClaimLine::reference)
                        .filter(reference -> reference.equalsIgnoreCase(query.strip())).findFirst().orElse(null);
    }

    /** Registers the contact and opens its (first) case; refusals stand beside their fields. */
    public String register() {
        if (debtor == null) {
            problems.refuse(List.of(texts.get("intake.findFirst")));
            return null;
        }
        Receipt receipt;
        try {
            receipt = intake.receive(new ContactSubmission(Channel.PHONE, debtor.id(), claimReference,
                    types.stream().map(CaseType::valueOf).collect(Collectors.toSet()),
                    category == null ? null : ComplaintCategory.valueOf(category),
                    grounds == null ? null : ObjectionGrounds.valueOf(grounds),
                    disputedAmount == null ? null : Money.sek(disputedAmount), description, remedySought,
                    language == null ? null : Language.fromCode(language), caller.name(),
                    resolvedOnContact ? (resolutionNote == null ? "" : resolutionNote) : null, key, null));
        } catch (RuntimeException refusal) {
            problems.show(refusal, "contact");
            return null;
        }
        List<String> references = cases.findByContact(receipt.contactId()).stream()
                .map(found -> found.reference().value()).toList();
        problems.done(texts.format("intake.registered", String.join(", ", references)));
        return "/staff/case?faces-redirect=true&reference=" + references.get(0);
    }

    public boolean isObjection() {
        return types.contains(CaseType.OBJECTION.name());
    }

    public boolean isComplaint() {
        return types.contains(CaseType.COMPLAINT.name());
    }

    public Set<String> getCategories() {
        return java.util.Arrays.stream(ComplaintCategory.values()).map(Enum::name)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    public Set<String> getGroundsChoices() {
        return java.util.Arrays.stream(ObjectionGrounds.values()).map(Enum::name)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public DebtorLookup.Found getDebtor() {
        return debtor;
    }

    public String getClaimReference() {
        return claimReference;
    }

    public void setClaimReference(String claimReference) {
        this.claimReference = claimReference;
    }

    public List<String> getTypes() {
        return types;
    }

    public void setTypes(List<String> types) {
        this.types = types == null ? new ArrayList<>() : new ArrayList<>(types);
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

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isResolvedOnContact() {
        return resolvedOnContact;
    }

    public void setResolvedOnContact(boolean resolvedOnContact) {
        this.resolvedOnContact = resolvedOnContact;
    }

    public String getResolutionNote() {
        return resolutionNote;
    }

    public void setResolutionNote(String resolutionNote) {
        this.resolutionNote = resolutionNote;
    }
}

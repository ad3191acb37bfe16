package se.inkasso.complaints.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import se.inkasso.complaints.casework.boundary.CaseQueue;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.domain.model.Language;
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
    transient CaseQueue cases;

    @Inject
    transient Caller caller;

    @Inject
    transient Problems problems;

    @Inject
    transient Texts texts;

    private String query;
    private DebtorLookup.Found debtor;
    private final ContactAnswers answers = new ContactAnswers();
    private List<String> types = new ArrayList<>();
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
        answers.setClaimReference(debtor.claims().size() == 1 ? debtor.claims().get(0).reference()
                : debtor.claims().stream().map(DebtorLookup.ClaimLine::reference)
                        .filter(reference -> reference.equalsIgnoreCase(query.strip())).findFirst().orElse(null));
    }

    /** Registers the contact and opens its (first) case; refusals stand beside their fields. */
    public String register() {
        if (debtor == null) {
            problems.refuse(List.of(texts.get("intake.findFirst")));
            return null;
        }
        Receipt receipt;
        try {
            receipt = intake.receive(answers.submission(Channel.PHONE, debtor.id(),
                    types.stream().map(CaseType::valueOf).collect(Collectors.toSet()),
                    language == null ? null : Language.fromCode(language), caller.name(),
                    resolvedOnContact ? (resolutionNote == null ? "" : resolutionNote) : null, key));
        } catch (RuntimeException refusal) {
            problems.show(refusal, "contact");
            return null;
        }
        List<String> references = cases.ofContact(receipt.contactId()).stream()
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



    public ContactAnswers getAnswers() {
        return answers;
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



    public List<String> getTypes() {
        return types;
    }

    public void setTypes(List<String> types) {
        this.types = types == null ? new ArrayList<>() : new ArrayList<>(types);
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

package se.inkasso.complaints.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.primefaces.event.FileUploadEvent;
import se.inkasso.complaints.casework.boundary.CaseQueue;
import se.inkasso.complaints.domain.InvalidFieldsException;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.intake.boundary.IntakeService;
import se.inkasso.complaints.intake.boundary.Receipt;
import se.inkasso.complaints.intake.boundary.Upload;
import se.inkasso.complaints.web.security.Caller;

/**
 * Filing a complaint or an objection in My pages, one question a page (#8): what it is about, which
 * claim, why, in the debtor's own words, documents, then a page to check everything before it is
 * sent. One key for the whole form: sending twice registers one contact (D5).
 */
@Named
@ViewScoped
public class Filing implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int STEPS = 6;

    @Inject
    transient IntakeService intake;

    @Inject
    transient Caller caller;

    @Inject
    transient CaseQueue cases;

    @Inject
    transient Problems problems;

    @Inject
    transient Texts texts;

    private int step = 1;
    private String kind;
    private final ContactAnswers answers = new ContactAnswers();
    private final ChosenDocuments documents = new ChosenDocuments();
    private final String key = UUID.randomUUID().toString();

    /** Goes on when this page's question is answered; otherwise says what is missing beside it. */
    public void next() {
        if (answered()) {
            step = Math.min(STEPS, step + 1);
        }
    }

    public void back() {
        step = Math.max(1, step - 1);
    }

    /** From the check page back to one question, to change the answer. */
    public void change(int question) {
        step = question;
    }

    private boolean answered() {
        switch (step) {
            case 1 -> require(kind, "kind", "file.kind.missing");
            case 2 -> require(answers.getClaimReference(), "claim", "file.claim.missing");
            case 3 -> {
                if (isComplaint()) {
                    require(answers.getCategory(), "category", "file.category.missing");
                }
                if (isObjection()) {
                    require(answers.getGrounds(), "grounds", "file.grounds.missing");
                }
            }
            case 4 -> require(answers.getDescription(), "description", "file.description.missing");
            default -> {
            }
        }
        return !FacesContext.getCurrentInstance().isValidationFailed();
    }

    private void require(String value, String field, String key) {
        if (value == null || value.isBlank()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage("filing:" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get(key), null));
            faces.validationFailed();
        }
    }

    /** A document chosen on the documents page: checked by its content at once. */
    public void upload(FileUploadEvent event) {
        try {
            documents.add(event.getFile().getFileName(), event.getFile().getContent());
        } catch (InvalidFieldsException refused) {
            problems.show(refused, "filing");
        }
    }

    public void remove(int index) {
        documents.remove(index);
    }

    /** Sends everything; a refusal is shown on the check page with what to change. */
    public String send() {
        long debtorId = caller.debtor().id();
        Receipt receipt;
        try {
            receipt = intake.receive(answers.submission(Channel.PORTAL, debtorId, types(), null, "debtor:" + debtorId,
                    null, key).withAttachments(documents.list()));
        } catch (RuntimeException refusal) {
            problems.show(refusal, "filing");
            return null;
        }
        String references = String.join(",", cases.ofContact(receipt.contactId()).stream()
                .map(found -> found.reference().value()).toList());
        return "/portal/my/filed?faces-redirect=true&references=" + references;
    }

    private Set<CaseType> types() {
        Set<CaseType> types = EnumSet.noneOf(CaseType.class);
        if (isComplaint()) {
            types.add(CaseType.COMPLAINT);
        }
        if (isObjection()) {
            types.add(CaseType.OBJECTION);
        }
        return types;
    }

    /** The problems on this page, each linking to its field, for the summary at the top. */
    public List<Problem> getProblems() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Problem> list = new ArrayList<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext();) {
            String id = ids.next();
            faces.getMessageList(id).forEach(message -> list.add(new Problem(id, message.getSummary())));
        }
        return list;
    }

    /** One problem and the field it is about (null: the page as a whole). */
    public record Problem(String field, String text) implements Serializable {
    }

    public boolean isComplaint() {
        return "COMPLAINT".equals(kind) || "BOTH".equals(kind);
    }

    public boolean isObjection() {
        return "OBJECTION".equals(kind) || "BOTH".equals(kind);
    }



    public ContactAnswers getAnswers() {
        return answers;
    }

    public List<Upload> getDocuments() {
        return documents.list();
    }

    public int getStep() {
        return step;
    }

    public int getSteps() {
        return STEPS;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }












}

package se.inkasso.complaints.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import se.inkasso.complaints.domain.InvalidFieldsException;
import se.inkasso.complaints.intake.boundary.Correspondence;
import se.inkasso.complaints.intake.boundary.DebtorMessage;
import se.inkasso.complaints.intake.boundary.Upload;
import se.inkasso.complaints.web.security.Caller;

/**
 * Writing to the agency in Mina sidor (D24), about one of the debtor's cases or in general, with
 * documents checked the moment they are chosen, as in filing. After sending, the debtor is shown
 * the conversation the message joined.
 */
@Named
@ViewScoped
public class MessageForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Correspondence correspondence;

    @Inject
    transient DebtorView view;

    @Inject
    transient Caller caller;

    @Inject
    transient Problems problems;

    @Inject
    transient Texts texts;

    private String caseReference;
    private String text;
    private final ChosenDocuments documents = new ChosenDocuments();

    public void upload(FileUploadEvent event) {
        try {
            documents.add(event.getFile().getFileName(), event.getFile().getContent());
        } catch (InvalidFieldsException refused) {
            problems.show(refused, "write");
        }
    }

    public void remove(int index) {
        documents.remove(index);
    }

    /** Sends the message; a refusal stays on the page with what to change, and nothing is kept. */
    public String send() {
        boolean general = caseReference == null || caseReference.isBlank();
        Long caseId = general ? null : view.ownCaseId(caseReference).orElse(null);
        if (!general && caseId == null) {
            problems.show(new InvalidFieldsException("case", "message.case-unknown"), "write");
            return null;
        }
        try {
            correspondence.write(new DebtorMessage(caller.debtor().id(), caseId, text, documents.list()));
        } catch (RuntimeException refusal) {
            problems.show(refusal, "write");
            return null;
        }
        problems.done(texts.get("my.write.sent"));
        return general ? "/portal/my/messages?faces-redirect=true"
                : "/portal/my/case?faces-redirect=true&reference=" + caseReference.strip();
    }

    public String getCaseReference() {
        return caseReference;
    }

    public void setCaseReference(String caseReference) {
        this.caseReference = caseReference;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<Upload> getDocuments() {
        return documents.list();
    }
}

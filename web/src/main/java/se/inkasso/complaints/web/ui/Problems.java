package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.List;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.InvalidFieldsException;

/**
 * A refusal from the services shown on the page in the reader's language: each field's problem
 * beside that field (form id + ":" + field name) when the form has it, everything else at the top,
 * so that no refusal goes unseen.
 */
@RequestScoped
public class Problems {

    @Inject
    LanguageSelection language;

    public void show(RuntimeException refusal, String form) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (refusal instanceof InvalidFieldsException invalid) {
            invalid.errors().forEach(error -> add(faces, form, error.field(), error.message(language.getLocale())));
        } else if (refusal instanceof DomainException refused) {
            add(faces, form, refused.field().orElse(null), refused.message(language.getLocale()));
        } else {
            throw refusal;
        }
        faces.validationFailed();
    }

    private static void add(FacesContext faces, String form, String field, String text) {
        String clientId = field == null ? null : form + ":" + field;
        boolean beside = clientId != null && present(faces, clientId);
        faces.addMessage(beside ? clientId : null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static boolean present(FacesContext faces, String clientId) {
        try {
            return faces.getViewRoot().findComponent(clientId) != null;
        } catch (IllegalArgumentException notInThisView) {
            return false;
        }
    }

    /** A success told on the same page (an AJAX update). */
    public void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** A success told on the page the browser is sent to next. */
    public void done(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** Errors not tied to one field, such as a checklist, at the top. */
    public void refuse(List<String> texts) {
        FacesContext faces = FacesContext.getCurrentInstance();
        texts.forEach(text -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null)));
        faces.validationFailed();
    }
}

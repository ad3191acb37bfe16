package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.InvalidFieldsException;

/**
 * A refusal from the services shown on the page in the reader's language: each field's problem
 * beside that field (form id + ":" + field name), everything else at the top.
 */
@RequestScoped
public class Problems {

    @Inject
    LanguageSelection language;

    public void show(RuntimeException refusal, String form) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (refusal instanceof InvalidFieldsException invalid) {
            invalid.errors().forEach(error -> faces.addMessage(form + ":" + error.field(), new FacesMessage(
                    FacesMessage.SEVERITY_ERROR, error.message(language.getLocale()), null)));
        } else if (refusal instanceof DomainException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.message(language.getLocale()),
                    null));
        } else {
            throw refusal;
        }
        faces.validationFailed();
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
}

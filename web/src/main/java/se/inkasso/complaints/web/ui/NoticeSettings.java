package se.inkasso.complaints.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import se.inkasso.complaints.domain.model.Debtor;
import se.inkasso.complaints.domain.repository.DebtorRepository;
import se.inkasso.complaints.web.security.Caller;

/**
 * The debtor's e-mail notices (D18): the address and whether they want a notice there when a
 * letter or an answer comes, as every notice says can be changed in Mina sidor.
 */
@Named
@ViewScoped
public class NoticeSettings implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LONGEST = 254;

    @Inject
    transient Caller caller;

    @Inject
    transient DebtorRepository debtors;

    @Inject
    transient Texts texts;

    @Inject
    transient Problems problems;

    private String email;
    private boolean consent;

    @PostConstruct
    void read() {
        Debtor debtor = caller.debtor();
        email = debtor.email().orElse(null);
        consent = debtor.emailConsent();
    }

    @Transactional
    public String save() {
        String address = email == null ? "" : email.strip();
        String problem = address.isEmpty() ? (consent ? "my.notices.email-missing" : null)
                : address.length() > LONGEST || !valid(address) ? "my.notices.email-invalid" : null;
        if (problem != null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage("notices:email", new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get(problem), null));
            faces.validationFailed();
            return null;
        }
        debtors.find(caller.debtor().id()).orElseThrow().changeEmail(address, consent);
        problems.done(texts.get("my.notices.saved"));
        return "/portal/my/index?faces-redirect=true";
    }

    private static boolean valid(String address) {
        try {
            new InternetAddress(address, true).validate();
            return address.contains("@") && address.substring(address.indexOf('@')).contains(".");
        } catch (AddressException notAnAddress) {
            return false;
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}

package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.inkasso.complaints.domain.identity.Personnummer;
import se.inkasso.complaints.domain.repository.DebtorRepository;
import se.inkasso.complaints.notification.boundary.Inbox;
import se.inkasso.complaints.notification.boundary.InboxMessage;

/** The debtor's inbox: portal messages, newest first, unread ones marked; opening the letter reads it. */
@Named
@RequestScoped
public class MyMessages {

    private static final int SHOWN = 200;

    @Inject
    Inbox inbox;

    @Inject
    DebtorRepository debtors;

    private List<InboxMessage> messages;

    public List<InboxMessage> getMessages() {
        if (messages == null) {
            messages = inbox.of(debtorId(), SHOWN);
        }
        return messages;
    }

    public long getUnread() {
        return getMessages().stream().filter(InboxMessage::unread).count();
    }

    private long debtorId() {
        String caller = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        return debtors.findByPersonnummer(Personnummer.parse(caller)).orElseThrow().id();
    }
}

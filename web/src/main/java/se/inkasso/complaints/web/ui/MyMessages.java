package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.inkasso.complaints.web.security.Caller;
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
    Caller caller;

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
        return caller.debtor().id();
    }
}

package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.inkasso.complaints.notification.boundary.Inbox;
import se.inkasso.complaints.web.security.Caller;

/**
 * The debtor's messages by case (D24): a thread per case and one for messages in general, unread
 * ones marked; opening a letter reads its notice.
 */
@Named
@RequestScoped
public class MyMessages {

    private static final int SHOWN = 200;

    @Inject
    DebtorView view;

    @Inject
    Inbox inbox;

    @Inject
    Caller caller;

    private List<DebtorView.Thread> threads;

    public List<DebtorView.Thread> getThreads() {
        if (threads == null) {
            threads = view.threads(SHOWN);
            // shown as new this once; next time they are read
            inbox.answersShown(caller.debtor().id(), null);
        }
        return threads;
    }

    public long getUnread() {
        return getThreads().stream().flatMap(thread -> thread.messages().stream()).filter(DebtorView.Message::unread)
                .count();
    }

    /** The debtor's cases to write about. */
    public List<DebtorView.CaseLine> getCases() {
        return view.cases();
    }
}

package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/** The queue filters a staff member chose, kept for the rest of their session. */
@SessionScoped
public class QueueFilters implements Serializable {

    private static final long serialVersionUID = 1L;

    String queue;
    String type;
    String status;
    String handler;
    Long creditor;
    boolean overdue;
}

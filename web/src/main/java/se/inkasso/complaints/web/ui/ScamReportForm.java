package se.inkasso.complaints.web.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.LocalDate;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.intake.boundary.ScamReportService;

/**
 * The public form for reporting a suspicious text message in the agency's name (D18): no login,
 * the same limits per client address as the API.
 */
@Named
@ViewScoped
public class ScamReportForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ScamReportService reports;

    @Inject
    transient Problems problems;

    @Inject
    transient Texts texts;

    private LocalDate received;
    private String sender;
    private String text;
    private boolean sent;

    public void send() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        try {
            reports.report(received == null ? null : received.atStartOfDay(BusinessCalendar.ZONE).toInstant(), sender,
                    text, request.getRemoteAddr());
        } catch (RuntimeException refusal) {
            problems.show(refusal, "scam");
            return;
        }
        sent = true;
    }

    public boolean isSent() {
        return sent;
    }

    public LocalDate getReceived() {
        return received;
    }

    public void setReceived(LocalDate received) {
        this.received = received;
    }

    public String getSender() {
        return sender;
    }

    public void setSender(String sender) {
        this.sender = sender;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}

package se.inkasso.complaints.web.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;

/** The case page for staff: the case, its claim and hold, its timeline and its letters. */
@Named
@ViewScoped
public class CasePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    transient CaseSummaries summaries;

    private String reference;
    private CaseSummary summary;

    /** Loads the case named in the address; an unknown case is a 404, as in the API. */
    public void load() throws IOException {
        summary = summaries.find(reference).orElse(null);
        if (summary == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, reference);
            faces.responseComplete();
        }
    }

    /** A moment as a Swedish clock shows it. */
    public String time(Instant at) {
        return at.atZone(BusinessCalendar.ZONE).format(MINUTE);
    }

    public CaseSummary getCase() {
        return summary;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}

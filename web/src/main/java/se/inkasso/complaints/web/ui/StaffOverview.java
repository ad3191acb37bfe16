package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import se.inkasso.complaints.casework.boundary.CaseQueue;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;

/** The figures on the staff start page: how many cases are open and how many are past their target. */
@Named
@RequestScoped
public class StaffOverview {

    @Inject
    CaseQueue cases;

    public long getOpen() {
        return cases.countOpen();
    }

    public long getOverdue() {
        return cases.countOverdue(LocalDate.now(BusinessCalendar.ZONE));
    }
}

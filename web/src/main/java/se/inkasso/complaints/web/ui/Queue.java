package se.inkasso.complaints.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.inkasso.complaints.casework.boundary.Assignment;
import se.inkasso.complaints.casework.boundary.CaseQueue;
import se.inkasso.complaints.casework.boundary.DueStates;
import se.inkasso.complaints.casework.boundary.QueueFilter;
import se.inkasso.complaints.casework.boundary.QueueRow;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.model.CaseStatus;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Creditor;
import se.inkasso.complaints.domain.repository.CreditorRepository;
import se.inkasso.complaints.web.security.Caller;
import se.inkasso.complaints.web.security.Roles;

/** The case queue for staff: filters (remembered for the session), the lazy table, the due badges. */
@Named
@ViewScoped
public class Queue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QueueFilters filters;

    @Inject
    transient CaseQueue cases;

    @Inject
    transient CreditorRepository creditors;

    @Inject
    transient DueStates dueStates;

    @Inject
    transient Assignment assignment;

    @Inject
    transient SecurityContext security;

    @Inject
    transient Caller caller;

    @Inject
    transient Problems problems;

    @Inject
    transient Texts texts;

    @Inject
    transient QueueExport export;

    @Inject
    transient StaffPreferences preferences;

    private QueueModel model;
    private List<QueueRow> selected = new ArrayList<>();
    private String assignTo;

    @PostConstruct
    void open() {
        model = new QueueModel(cases, this::filter);
    }

    QueueFilter filter() {
        return new QueueFilter(blankToNull(filters.queue), filters.type == null ? null : CaseType.valueOf(filters.type),
                filters.status == null ? null : CaseStatus.valueOf(filters.status), false, blankToNull(filters.handler),
                filters.creditor, filters.overdue ? LocalDate.now(BusinessCalendar.ZONE) : null);
    }

    /** The filters as chosen now, found again at the next login. */
    public void remember() {
        preferences.rememberQueue(caller.name(), filters);
    }

    public void clear() {
        filters.queue = null;
        filters.type = null;
        filters.status = null;
        filters.handler = null;
        filters.creditor = null;
        filters.overdue = false;
        remember();
    }

    /** Team leads hand the selected cases to one agent, all or none (D13 checked for each). */
    public void assignSelected() {
        if (!isTeamLead()) {
            problems.refuse(List.of(texts.get("action.forbidden")));
            return;
        }
        if (selected.isEmpty()) {
            problems.show(new se.inkasso.complaints.domain.DomainException("queue.bulk.none"), "queue");
            return;
        }
        try {
            assignment.reassign(selected.stream().map(QueueRow::reference).toList(), assignTo, caller.name());
        } catch (RuntimeException refusal) {
            problems.show(refusal, "queue");
            return;
        }
        problems.info(texts.format("queue.bulk.done", selected.size(), assignTo));
        selected = new ArrayList<>();
    }

    /** The filtered view as CSV (UTF-8, for Excel) or XLSX, sorted by response due. */
    public void export(String format) throws java.io.IOException {
        export.send(filter(), "xlsx".equals(format));
    }

    public boolean isTeamLead() {
        return security.isCallerInRole(Roles.TEAM_LEAD) || security.isCallerInRole(Roles.ADMIN);
    }

    public List<QueueRow> getSelected() {
        return selected;
    }

    public void setSelected(List<QueueRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public String getAssignTo() {
        return assignTo;
    }

    public void setAssignTo(String assignTo) {
        this.assignTo = assignTo;
    }

    /** The day received, in Sweden. */
    public LocalDate received(QueueRow row) {
        return row.receivedAt().atZone(BusinessCalendar.ZONE).toLocalDate();
    }

    /** OVERDUE, DUE_SOON or ON_TRACK, for the badge. */
    public String due(QueueRow row) {
        return dueStates.of(row.responseDue(), LocalDate.now(BusinessCalendar.ZONE)).name();
    }

    public QueueModel getModel() {
        return model;
    }

    public List<Creditor> getCreditors() {
        return creditors.all();
    }

    public CaseType[] getTypes() {
        return CaseType.values();
    }

    public List<CaseStatus> getStatuses() {
        return java.util.Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList();
    }

    public String getQueue() {
        return filters.queue;
    }

    public void setQueue(String queue) {
        filters.queue = queue;
    }

    public String getType() {
        return filters.type;
    }

    public void setType(String type) {
        filters.type = type;
    }

    public String getStatus() {
        return filters.status;
    }

    public void setStatus(String status) {
        filters.status = status;
    }

    public String getHandler() {
        return filters.handler;
    }

    public void setHandler(String handler) {
        filters.handler = handler;
    }

    public Long getCreditor() {
        return filters.creditor;
    }

    public void setCreditor(Long creditor) {
        filters.creditor = creditor;
    }

    public boolean isOverdue() {
        return filters.overdue;
    }

    public void setOverdue(boolean overdue) {
        filters.overdue = overdue;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

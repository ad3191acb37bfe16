package se.inkasso.complaints.web.api;

import java.time.LocalDate;
import se.inkasso.complaints.casework.boundary.QueueFilter;
import se.inkasso.complaints.casework.boundary.QueueSort;
import se.inkasso.complaints.domain.FieldError;
import se.inkasso.complaints.domain.InvalidFieldsException;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.model.CaseStatus;
import se.inkasso.complaints.domain.model.CaseType;

/** The query parameters of {@code GET /api/cases}, checked; every mistake is named at once. */
record QueueRequest(QueueFilter filter, QueueSort sort, boolean descending, int page, int size) {

    static final int MAX_SIZE = 200;

    static QueueRequest parse(String queue, String type, String status, String handler, String overdue,
            String creditor, String sort, String page, String size) {
        boolean allStatuses = "ALL".equalsIgnoreCase(blankToNull(status));
        ParameterErrors errors = new ParameterErrors();
        CaseType caseType = errors.choice("type", type, CaseType.class);
        CaseStatus caseStatus = allStatuses ? null : errors.choice("status", status, CaseStatus.class);
        Long creditorId = null;
        if (blankToNull(creditor) != null) {
            try {
                creditorId = Long.valueOf(creditor.strip());
            } catch (NumberFormatException e) {
                errors.add(new FieldError("creditor", "parameter.number", "creditor", creditor));
            }
        }
        LocalDate overdueOn = null;
        if (blankToNull(overdue) != null) {
            if (!"true".equalsIgnoreCase(overdue.strip()) && !"false".equalsIgnoreCase(overdue.strip())) {
                errors.add(new FieldError("overdue", "field.boolean", "overdue"));
            } else if ("true".equalsIgnoreCase(overdue.strip())) {
                overdueOn = LocalDate.now(BusinessCalendar.ZONE);
            }
        }
        String sortName = sort.strip();
        boolean descending = sortName.startsWith("-");
        QueueSort order = switch (descending ? sortName.substring(1) : sortName) {
            case "responseDue" -> QueueSort.RESPONSE_DUE;
            case "receivedAt" -> QueueSort.RECEIVED_AT;
            case "reference" -> QueueSort.REFERENCE;
            case "status" -> QueueSort.STATUS;
            default -> {
                errors.add(new FieldError("sort", "field.choice", "sort", sort,
                        "responseDue, receivedAt, reference, status (- before for descending)"));
                yield QueueSort.RESPONSE_DUE;
            }
        };
        int pageNumber = integer(errors, "page", page, 0, Integer.MAX_VALUE / MAX_SIZE);
        int pageSize = integer(errors, "size", size, 1, MAX_SIZE);
        errors.done();
        return new QueueRequest(new QueueFilter(blankToNull(queue), caseType, caseStatus, allStatuses,
                blankToNull(handler), creditorId, overdueOn), order, descending, pageNumber, pageSize);
    }

    private static int integer(ParameterErrors errors, String name, String value, int min, int max) {
        try {
            return Parameters.integer(name, value, min, max);
        } catch (InvalidFieldsException e) {
            e.errors().forEach(errors::add);
            return min;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package se.inkasso.complaints.web.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import se.inkasso.complaints.casework.boundary.CaseQueue;
import se.inkasso.complaints.casework.boundary.QueueFilter;
import se.inkasso.complaints.casework.boundary.QueueRow;
import se.inkasso.complaints.casework.boundary.QueueSort;

/**
 * The queue page by page from the database: paging, sorting and filtering are done in the query
 * ({@link CaseQueue#queue}), never on the whole table in memory.
 */
final class QueueModel extends LazyDataModel<QueueRow> {

    private static final long serialVersionUID = 1L;

    private final transient CaseQueue cases;
    private final transient Supplier<QueueFilter> filter;

    QueueModel(CaseQueue cases, Supplier<QueueFilter> filter) {
        this.cases = cases;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, cases.queueTotal(filter.get()));
    }

    @Override
    public List<QueueRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        QueueSort order = sort == null ? QueueSort.RESPONSE_DUE : switch (sort.getField()) {
            case "receivedAt" -> QueueSort.RECEIVED_AT;
            case "reference" -> QueueSort.REFERENCE;
            case "status" -> QueueSort.STATUS;
            default -> QueueSort.RESPONSE_DUE;
        };
        boolean descending = sort != null && sort.getOrder() == SortOrder.DESCENDING;
        return cases.queueRows(filter.get(), order, descending, first, pageSize);
    }

    @Override
    public String getRowKey(QueueRow row) {
        return row.reference().value();
    }

    /** A selected row is one of the page on screen. */
    @Override
    public QueueRow getRowData(String rowKey) {
        List<QueueRow> page = getWrappedData();
        return page == null ? null
                : page.stream().filter(row -> row.reference().value().equals(rowKey)).findFirst().orElse(null);
    }
}

package se.inkasso.complaints.casework.boundary;

/** The orders a queue can be shown in; every order ends with the case id, so pages never overlap. */
public enum QueueSort {
    RESPONSE_DUE("c.deadlines.responseDue"),
    RECEIVED_AT("c.receivedAt"),
    REFERENCE("c.reference"),
    STATUS("c.status");

    private final String path;

    QueueSort(String path) {
        this.path = path;
    }

    String orderBy(boolean descending) {
        String direction = descending ? " desc" : " asc";
        return path + direction + ", c.id" + direction;
    }
}

package se.inkasso.complaints.casework.boundary;

import java.util.List;

/** A page of a queue and how many cases the whole queue holds. */
public record QueuePage(List<QueueRow> items, long total) {
}

package se.inkasso.complaints.domain.model;

import java.time.LocalDate;

/**
 * What the agency changes so that a shortcoming does not happen again (D15).
 *
 * @param owner who sees to it (a username or a team), or null
 * @param due   by when, or null
 */
public record CorrectiveAction(String description, String owner, LocalDate due, boolean done) {
}

package se.inkasso.complaints.domain.calendar;

import java.time.LocalDate;

/**
 * A day on which the agency does not count business days (D20).
 *
 * @param date the day
 * @param key  message key of its name, e.g. {@code holiday.midsummer-eve}
 */
public record Holiday(LocalDate date, String key) {
}

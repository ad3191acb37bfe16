package se.inkasso.complaints.domain.event;

import java.time.LocalDate;

/** The deadline job is done with a day's clocks, having looked at {@code looked} cases (0 if it failed). */
public record DeadlineScanFinished(LocalDate day, int looked) {
}

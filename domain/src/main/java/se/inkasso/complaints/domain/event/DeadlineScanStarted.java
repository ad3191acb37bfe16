package se.inkasso.complaints.domain.event;

import java.time.LocalDate;

/**
 * The deadline job began looking at the open cases' clocks for a day (D11, D12), outside the
 * transactions of its batches; {@link DeadlineScanFinished} follows, also when the scan fails.
 */
public record DeadlineScanStarted(LocalDate day) {
}

package se.inkasso.complaints.casework.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The follow-up report (D15) over the cases received in a period: counts by each dimension,
 * deadlines met and breached, median handling time and redress.
 *
 * @param sections                   counts per dimension: type, channel, category, grounds, creditor,
 *                                   status, rootCause, decision, objectionOutcome, month
 * @param medianHandlingBusinessDays business days from receipt to the first final response (0 for a
 *                                   case resolved on contact); null when none was answered
 */
public record FollowUpReport(LocalDate from, LocalDate to, Long creditorId, long total,
        Map<String, Map<String, Long>> sections, long responseMet, long responseBreached,
        long acknowledgementBreached, long ceilingBreached, Double medianHandlingBusinessDays,
        BigDecimal redressTotal) {
}

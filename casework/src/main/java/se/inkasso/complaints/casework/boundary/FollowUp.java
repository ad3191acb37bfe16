package se.inkasso.complaints.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.inkasso.complaints.casework.control.FollowUpQueries;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;

/** Management's view of what came in and how it was handled, by period and creditor (D15). */
@ApplicationScoped
public class FollowUp {

    private static final String ANSWERED = "c.status in ('RESPONDED', 'CLOSED', 'ESCALATED', 'RESOLVED_ON_CONTACT')";

    @Inject
    FollowUpQueries queries;

    @Inject
    BusinessCalendar calendar;

    /** @param from first day received, @param to last day received (Swedish dates), @param creditor or null */
    @Transactional
    public FollowUpReport report(LocalDate from, LocalDate to, Long creditor) {
        Instant start = from.atStartOfDay(BusinessCalendar.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(BusinessCalendar.ZONE).toInstant();
        Map<String, Map<String, Long>> sections = new LinkedHashMap<>();
        sections.put("type", queries.countBy("c.type", "", start, end, creditor));
        sections.put("channel", queries.countBy("c.channel", "", start, end, creditor));
        sections.put("category", queries.countBy("c.category", "", start, end, creditor));
        sections.put("grounds", queries.countBy("c.grounds", "", start, end, creditor));
        sections.put("creditor", queries.countBy("cr.name", "join creditor cr on cr.id = c.creditor_id", start, end,
                creditor));
        sections.put("status", queries.countBy("c.status", "", start, end, creditor));
        sections.put("rootCause", queries.countBy("c.root_cause", "", start, end, creditor));
        sections.put("decision", queries.countBy("r.decision",
                "join case_response r on r.case_id = c.id and r.sent_at is not null", start, end, creditor));
        sections.put("objectionOutcome", queries.countBy("c.objection_outcome", "", start, end, creditor));
        sections.put("review", queries.countBy("case when rv.decided_at is null then 'OPEN' else 'DECIDED' end",
                "join review rv on rv.case_id = c.id", start, end, creditor));
        sections.put("reviewOutcome", queries.countBy("rv.outcome",
                "join review rv on rv.case_id = c.id and rv.decided_at is not null", start, end, creditor));
        sections.put("referralBody", queries.countBy("x.body", "join external_referral x on x.case_id = c.id", start,
                end, creditor));
        sections.put("month", queries.countBy("to_char(c.received_at, 'YYYY-MM')", "", start, end, creditor));
        long total = sections.get("type").values().stream().mapToLong(Long::longValue).sum();
        return new FollowUpReport(from, to, creditor, total, sections,
                queries.count(ANSWERED + " and not " + breached("RESPONSE"), start, end, creditor),
                queries.count(breached("RESPONSE"), start, end, creditor),
                queries.count(breached("ACKNOWLEDGEMENT"), start, end, creditor),
                queries.count(breached("CEILING"), start, end, creditor),
                median(start, end, creditor),
                queries.redressTotal(start, end, creditor));
    }

    private static String breached(String kind) {
        return "exists (select 1 from deadline_notice n where n.case_id = c.id and n.kind = '" + kind + "_BREACHED')";
    }

    private Double median(Instant start, Instant end, Long creditor) {
        List<Integer> days = new ArrayList<>();
        queries.answerTimes(start, end, creditor).forEach(row -> days.add(calendar.businessDaysBetween(
                day(row[0]), day(row[1]))));
        long resolvedOnContact = queries.count("c.status = 'RESOLVED_ON_CONTACT'", start, end, creditor);
        for (long i = 0; i < resolvedOnContact; i++) {
            days.add(0);
        }
        if (days.isEmpty()) {
            return null;
        }
        days.sort(Integer::compare);
        int middle = days.size() / 2;
        return days.size() % 2 == 1 ? days.get(middle) : (days.get(middle - 1) + days.get(middle)) / 2.0;
    }

    private static LocalDate day(Object timestamp) {
        Instant instant = timestamp instanceof Timestamp sql ? sql.toInstant()
                : timestamp instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) timestamp;
        return instant.atZone(BusinessCalendar.ZONE).toLocalDate();
    }
}

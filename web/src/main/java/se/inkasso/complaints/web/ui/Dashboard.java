package se.inkasso.complaints.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.inkasso.complaints.casework.boundary.DueStates;
import se.inkasso.complaints.casework.boundary.FollowUp;
import se.inkasso.complaints.casework.boundary.FollowUpReport;
import se.inkasso.complaints.casework.boundary.RootCauses;
import se.inkasso.complaints.casework.boundary.WorkloadQueries;
import se.inkasso.complaints.domain.FieldError;
import se.inkasso.complaints.domain.InvalidFieldsException;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.notification.boundary.DeliveryStatus;
import se.inkasso.complaints.notification.boundary.Outbox;

/**
 * The team lead's dashboard: what came in by week and type, how old the open cases are, which
 * deadlines are at risk or missed, root causes and outcomes, and the follow-up report (D15) for
 * a chosen period with its CSV.
 */
@Named
@ViewScoped
public class Dashboard implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_WEEKS = 12;
    private static final int LONGEST_DAYS = 3 * 366;
    private static final int WEEKLY_UP_TO_DAYS = 190;
    private static final int[] AGE_LIMITS = {7, 14, 30, 60};
    /** Where each report section's keys are named in the bundle. */
    private static final Map<String, String> LABELS = Map.of("type", "type.", "status", "status.", "category",
            "classification.", "grounds", "classification.", "decision", "respond.decision.", "objectionOutcome",
            "outcome.", "review", "dashboard.review.", "reviewOutcome", "review.outcome.", "referralBody", "refer.body.",
            "channel", "channel.");

    @Inject
    transient WorkloadQueries workload;

    @Inject
    transient FollowUp followUp;

    @Inject
    transient RootCauses rootCauses;

    @Inject
    transient Outbox outbox;

    @Inject
    transient DueStates dueStates;

    @Inject
    transient Texts texts;

    @Inject
    transient Problems problems;

    @Inject
    transient LanguageSelection language;

    private LocalDate from;
    private LocalDate to;
    private FollowUpReport report;
    private final Map<String, Long> deadlines = new LinkedHashMap<>();
    private final Map<String, Long> ages = new LinkedHashMap<>();
    private String volumeChart;
    private String ageChart;
    private String deadlineChart;
    private String rootCauseChart;
    private String outcomeChart;
    private long pastCeiling;
    private long undelivered;

    @PostConstruct
    void open() {
        to = LocalDate.now(BusinessCalendar.ZONE);
        from = to.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).minusWeeks(DEFAULT_WEEKS - 1);
        refresh();
    }

    /** Shows the chosen period; a period backwards or longer than three years is refused beside its field. */
    public void show() {
        if (from == null || to == null || to.isBefore(from)) {
            problems.show(new InvalidFieldsException(List.of(new FieldError("to", "report.range"))), "period");
            return;
        }
        if (ChronoUnit.DAYS.between(from, to) > LONGEST_DAYS) {
            problems.show(new InvalidFieldsException(List.of(new FieldError("from", "dashboard.too-long"))), "period");
            return;
        }
        refresh();
    }

    private void refresh() {
        LocalDate today = LocalDate.now(BusinessCalendar.ZONE);
        report = followUp.report(from, to, null);
        volumeChart = volume();
        ageChart = ageing(today);
        deadlineChart = deadlines(today);
        pastCeiling = workload.pastCeiling(today);
        rootCauseChart = rootCauses();
        outcomeChart = outcomes();
        undelivered = outbox.count(DeliveryStatus.DEAD);
    }

    /** Received per week (per month over long periods) and type. */
    private String volume() {
        boolean weekly = ChronoUnit.DAYS.between(from, to) <= WEEKLY_UP_TO_DAYS;
        Map<LocalDate, long[]> buckets = new LinkedHashMap<>();
        for (LocalDate day = bucket(from, weekly); !day.isAfter(to); day = weekly ? day.plusWeeks(1) : day.plusMonths(1)) {
            buckets.put(day, new long[CaseType.values().length]);
        }
        workload.receivedPerDay(from.atStartOfDay(BusinessCalendar.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(BusinessCalendar.ZONE).toInstant()).forEach(count -> {
                    long[] bucket = buckets.get(bucket(count.day(), weekly));
                    if (bucket != null) {
                        bucket[CaseType.valueOf(count.kind()).ordinal()] += count.count();
                    }
                });
        List<String> labels = buckets.keySet().stream().map(day -> weekly
                ? texts.format("dashboard.week", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), day.toString())
                : day.toString().substring(0, 7)).toList();
        ChartJson chart = ChartJson.bars(labels);
        for (CaseType type : CaseType.values()) {
            chart.series(texts.get("type." + type.name()), buckets.values().stream().map(b -> b[type.ordinal()]).toList());
        }
        return chart.json();
    }

    private static LocalDate bucket(LocalDate day, boolean weekly) {
        return weekly ? day.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    /** Open cases by days since they came in. */
    private String ageing(LocalDate today) {
        ages.clear();
        List<String> names = new ArrayList<>();
        int lower = 0;
        for (int limit : AGE_LIMITS) {
            names.add(texts.format("dashboard.age.range", lower, limit));
            lower = limit + 1;
        }
        names.add(texts.format("dashboard.age.more", AGE_LIMITS[AGE_LIMITS.length - 1]));
        long[] counts = new long[names.size()];
        workload.openPerReceivedDay().forEach(count -> {
            long age = ChronoUnit.DAYS.between(count.day(), today);
            int index = 0;
            while (index < AGE_LIMITS.length && age > AGE_LIMITS[index]) {
                index++;
            }
            counts[index] += count.count();
        });
        for (int i = 0; i < names.size(); i++) {
            ages.put(names.get(i), counts[i]);
        }
        return ChartJson.bars(names).series(texts.get("dashboard.open"), java.util.Arrays.stream(counts).boxed().toList())
                .json();
    }

    /** Cases waiting for their answer: on track, due soon (at risk) or past the target. */
    private String deadlines(LocalDate today) {
        deadlines.clear();
        for (String state : List.of("ON_TRACK", "DUE_SOON", "OVERDUE")) {
            deadlines.put(state, 0L);
        }
        workload.awaitingPerResponseDue().forEach(count -> deadlines.merge(dueStates.of(count.day(), today).name(),
                count.count(), Long::sum));
        return ChartJson.doughnut(deadlines.keySet().stream().map(state -> texts.get("due." + state)).toList())
                .colours(List.of("#38761d", "#b45f06", "#a61c00"))
                .series(texts.get("dashboard.deadlines"), List.copyOf(deadlines.values())).json();
    }

    private String rootCauses() {
        Map<String, Long> counts = report.sections().getOrDefault("rootCause", Map.of());
        Language reader = Language.fromCode(language.getCode());
        List<String> names = counts.keySet().stream().map(code -> rootCauses.find(code)
                .map(cause -> cause.name(reader)).orElse(code)).toList();
        return ChartJson.bars(names).horizontal().series(texts.get("dashboard.closed"), List.copyOf(counts.values()))
                .json();
    }

    /** Final responses, objection outcomes and review decisions in one picture. */
    private String outcomes() {
        Map<String, Long> counts = new LinkedHashMap<>();
        report.sections().getOrDefault("decision", Map.of()).forEach((key, count) ->
                counts.put(texts.get("dashboard.response") + ": " + texts.get("respond.decision." + key), count));
        report.sections().getOrDefault("objectionOutcome", Map.of()).forEach((key, count) ->
                counts.put(texts.get("type.OBJECTION") + ": " + texts.get("outcome." + key), count));
        report.sections().getOrDefault("reviewOutcome", Map.of()).forEach((key, count) ->
                counts.put(texts.get("case.review") + ": " + texts.get("review.outcome." + key), count));
        return ChartJson.bars(List.copyOf(counts.keySet())).horizontal()
                .series(texts.get("dashboard.cases"), List.copyOf(counts.values())).json();
    }

    /** The report's sections as the page lists them, with a translated name for each key where there is one. */
    public List<Section> getSections() {
        return report.sections().entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> new Section(texts.find("report." + entry.getKey()).orElse(entry.getKey()),
                        entry.getValue().entrySet().stream().map(count -> new Line(label(entry.getKey(), count.getKey()),
                                count.getValue())).toList()))
                .toList();
    }

    private String label(String section, String key) {
        if ("rootCause".equals(section)) {
            return rootCauses.find(key).map(cause -> cause.name(Language.fromCode(language.getCode()))).orElse(key);
        }
        String prefix = LABELS.get(section);
        return prefix == null ? key : texts.find(prefix + key).orElse(key);
    }

    /** One part of the report. */
    public record Section(String name, List<Line> lines) implements Serializable {
    }

    /** One figure of the report. */
    public record Line(String name, long count) implements Serializable {
    }

    /** Where the report of the chosen period downloads as CSV (the API's, with the same session). */
    public String getCsvAddress() {
        return "api/reports/complaints?from=" + from + "&to=" + to + "&format=csv";
    }

    public FollowUpReport getReport() {
        return report;
    }

    public Map<String, Long> getDeadlines() {
        return deadlines;
    }

    public Map<String, Long> getAges() {
        return ages;
    }

    public long getPastCeiling() {
        return pastCeiling;
    }

    public long getUndelivered() {
        return undelivered;
    }

    public String getVolumeChart() {
        return volumeChart;
    }

    public String getAgeChart() {
        return ageChart;
    }

    public String getDeadlineChart() {
        return deadlineChart;
    }

    public String getRootCauseChart() {
        return rootCauseChart;
    }

    public String getOutcomeChart() {
        return outcomeChart;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}

package se.inkasso.complaints.domain.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Business days in Sweden (D20): Monday to Friday except the public holidays of lag (1989:253)
 * and the eves the agency treats as holidays (Midsummer Eve, Christmas Eve, New Year's Eve).
 * Thread-safe; holidays are computed once per year and kept.
 */
@ApplicationScoped
public class BusinessCalendar {

    /** Every deadline is counted in Swedish time, whatever the server's zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private static final Map<MonthDay, String> FIXED = Map.of(
            MonthDay.of(1, 1), "holiday.new-years-day",
            MonthDay.of(1, 6), "holiday.epiphany",
            MonthDay.of(5, 1), "holiday.may-day",
            MonthDay.of(6, 6), "holiday.national-day",
            MonthDay.of(12, 24), "holiday.christmas-eve",
            MonthDay.of(12, 25), "holiday.christmas-day",
            MonthDay.of(12, 26), "holiday.boxing-day",
            MonthDay.of(12, 31), "holiday.new-years-eve");

    private final Map<Integer, List<Holiday>> holidaysByYear = new ConcurrentHashMap<>();
    private final Map<Integer, Set<LocalDate>> datesByYear = new ConcurrentHashMap<>();

    /** The holidays and holiday eves of a year, in date order. */
    public List<Holiday> holidays(int year) {
        return holidaysByYear.computeIfAbsent(year, BusinessCalendar::computeHolidays);
    }

    public boolean isHoliday(LocalDate date) {
        return datesByYear.computeIfAbsent(date.getYear(),
                year -> holidays(year).stream().map(Holiday::date).collect(Collectors.toUnmodifiableSet()))
                .contains(date);
    }

    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    /**
     * The business day that lies {@code days} business days after {@code date}; the start day
     * itself is never counted, so a contact received on a Friday evening with one business day
     * to acknowledge is due on Monday (or later, if Monday is a holiday).
     */
    public LocalDate plusBusinessDays(LocalDate date, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate result = date;
        int remaining = days;
        while (remaining > 0) {
            result = result.plusDays(1);
            if (isBusinessDay(result)) {
                remaining--;
            }
        }
        return result;
    }

    /** {@link #plusBusinessDays(LocalDate, int)} from the Swedish calendar day of an instant. */
    public LocalDate plusBusinessDays(Instant instant, int days) {
        return plusBusinessDays(instant.atZone(ZONE).toLocalDate(), days);
    }

    /** Business days after {@code from} up to and including {@code to}; 0 when {@code to} is not after. */
    public int businessDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isBusinessDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static List<Holiday> computeHolidays(int year) {
        List<Holiday> holidays = new ArrayList<>();
        FIXED.forEach((monthDay, key) -> holidays.add(new Holiday(monthDay.atYear(year), key)));
        LocalDate easter = easterSunday(year);
        holidays.add(new Holiday(easter.minusDays(2), "holiday.good-friday"));
        holidays.add(new Holiday(easter, "holiday.easter-sunday"));
        holidays.add(new Holiday(easter.plusDays(1), "holiday.easter-monday"));
        holidays.add(new Holiday(easter.plusDays(39), "holiday.ascension-day"));
        holidays.add(new Holiday(easter.plusDays(49), "holiday.whit-sunday"));
        LocalDate midsummerDay = LocalDate.of(year, 6, 20).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        holidays.add(new Holiday(midsummerDay.minusDays(1), "holiday.midsummer-eve"));
        holidays.add(new Holiday(midsummerDay, "holiday.midsummer-day"));
        holidays.add(new Holiday(LocalDate.of(year, 10, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)),
                "holiday.all-saints-day"));
        holidays.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(holidays);
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}

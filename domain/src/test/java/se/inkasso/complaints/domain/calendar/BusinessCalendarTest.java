package se.inkasso.complaints.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** D20: Swedish public holidays, the eves treated as holidays, and business-day arithmetic. */
class BusinessCalendarTest {

    private final BusinessCalendar calendar = new BusinessCalendar();

    /**
     * Moveable days 2024-2032, computed independently of the code under test (python-dateutil's
     * easter() and weekday search): Good Friday, Easter Sunday, Easter Monday, Ascension Day,
     * Whit Sunday, Midsummer Eve, Midsummer Day, All Saints' Day.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2024, 2024-03-29, 2024-03-31, 2024-04-01, 2024-05-09, 2024-05-19, 2024-06-21, 2024-06-22, 2024-11-02",
        "2025, 2025-04-18, 2025-04-20, 2025-04-21, 2025-05-29, 2025-06-08, 2025-06-20, 2025-06-21, 2025-11-01",
        "2026, 2026-04-03, 2026-04-05, 2026-04-06, 2026-05-14, 2026-05-24, 2026-06-19, 2026-06-20, 2026-10-31",
        "2027, 2027-03-26, 2027-03-28, 2027-03-29, 2027-05-06, 2027-05-16, 2027-06-25, 2027-06-26, 2027-11-06",
        "2028, 2028-04-14, 2028-04-16, 2028-04-17, 2028-05-25, 2028-06-04, 2028-06-23, 2028-06-24, 2028-11-04",
        "2029, 2029-03-30, 2029-04-01, 2029-04-02, 2029-05-10, 2029-05-20, 2029-06-22, 2029-06-23, 2029-11-03",
        "2030, 2030-04-19, 2030-04-21, 2030-04-22, 2030-05-30, 2030-06-09, 2030-06-21, 2030-06-22, 2030-11-02",
        "2031, 2031-04-11, 2031-04-13, 2031-04-14, 2031-05-22, 2031-06-01, 2031-06-20, 2031-06-21, 2031-11-01",
        "2032, 2032-03-26, 2032-03-28, 2032-03-29, 2032-05-06, 2032-05-16, 2032-06-25, 2032-06-26, 2032-11-06"
    })
    void everyHolidayAndEveOfTheYear(int year, LocalDate goodFriday, LocalDate easterSunday, LocalDate easterMonday,
            LocalDate ascension, LocalDate whitSunday, LocalDate midsummerEve, LocalDate midsummerDay,
            LocalDate allSaints) {
        Map<String, LocalDate> expected = new java.util.HashMap<>(Map.of(
                "holiday.good-friday", goodFriday,
                "holiday.easter-sunday", easterSunday,
                "holiday.easter-monday", easterMonday,
                "holiday.ascension-day", ascension,
                "holiday.whit-sunday", whitSunday,
                "holiday.midsummer-eve", midsummerEve,
                "holiday.midsummer-day", midsummerDay,
                "holiday.all-saints-day", allSaints));
        expected.putAll(Map.of(
                "holiday.new-years-day", LocalDate.of(year, 1, 1),
                "holiday.epiphany", LocalDate.of(year, 1, 6),
                "holiday.may-day", LocalDate.of(year, 5, 1),
                "holiday.national-day", LocalDate.of(year, 6, 6),
                "holiday.christmas-eve", LocalDate.of(year, 12, 24),
                "holiday.christmas-day", LocalDate.of(year, 12, 25),
                "holiday.boxing-day", LocalDate.of(year, 12, 26),
                "holiday.new-years-eve", LocalDate.of(year, 12, 31)));

        List<Holiday> holidays = calendar.holidays(year);

        assertThat(holidays.stream().collect(Collectors.toMap(Holiday::key, Holiday::date))).isEqualTo(expected);
        assertThat(holidays).extracting(Holiday::date).isSorted();
        expected.values().forEach(date -> assertThat(calendar.isBusinessDay(date)).as(date.toString()).isFalse());
    }

    @Test
    void d20TestDates() {
        assertThat(calendar.holidays(2026)).contains(
                new Holiday(LocalDate.of(2026, 4, 3), "holiday.good-friday"),
                new Holiday(LocalDate.of(2026, 6, 19), "holiday.midsummer-eve"));
        assertThat(calendar.holidays(2027)).contains(new Holiday(LocalDate.of(2027, 3, 28), "holiday.easter-sunday"));
        assertThat(calendar.holidays(2025)).contains(new Holiday(LocalDate.of(2025, 5, 29), "holiday.ascension-day"));
    }

    @Test
    void weekendsAreNotBusinessDaysAndOrdinaryWeekdaysAre() {
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 28))).isFalse(); // Saturday
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 29))).isFalse(); // Sunday
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 25))).isTrue(); // Wednesday
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 4, 2))).isTrue(); // Maundy Thursday is a working day
    }

    @ParameterizedTest(name = "{0} + {1} business days = {2}")
    @CsvSource({
        // Easter 2026: Good Friday 3 Apr and Easter Monday 6 Apr are skipped
        "2026-04-02, 1, 2026-04-07",
        "2026-04-01, 2, 2026-04-07",
        "2026-04-03, 1, 2026-04-07",
        // Christmas 2026: Thu 24, Fri 25, Sat 26 Dec and New Year's Eve/Day are skipped
        "2026-12-23, 1, 2026-12-28",
        "2026-12-23, 4, 2027-01-04",
        "2026-12-30, 1, 2027-01-04",
        // Easter 2027 (Good Friday 26 Mar, Easter Monday 29 Mar) inside a 15-day response target
        "2027-03-15, 15, 2027-04-07",
        // Midsummer Eve 2026 is Friday 19 June
        "2026-06-18, 1, 2026-06-22",
        // an ordinary week
        "2026-11-25, 0, 2026-11-25",
        "2026-11-25, 3, 2026-11-30"
    })
    void addsBusinessDaysAcrossHolidays(LocalDate start, int days, LocalDate expected) {
        assertThat(calendar.plusBusinessDays(start, days)).isEqualTo(expected);
    }

    @Test
    void countsBusinessDaysBetweenDates() {
        assertThat(calendar.businessDaysBetween(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 7))).isEqualTo(2);
        assertThat(calendar.businessDaysBetween(LocalDate.of(2026, 12, 23), LocalDate.of(2027, 1, 4))).isEqualTo(4);
        assertThat(calendar.businessDaysBetween(LocalDate.of(2026, 4, 7), LocalDate.of(2026, 4, 1))).isZero();
    }

    @Test
    void countsFromTheSwedishDateOfAnInstant() {
        // 23:30 UTC on Thursday 2 April 2026 is already Good Friday in Stockholm
        Instant lateEvening = Instant.parse("2026-04-02T23:30:00Z");
        assertThat(calendar.plusBusinessDays(lateEvening, 1)).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void refusesNegativeDayCounts() {
        assertThatThrownBy(() -> calendar.plusBusinessDays(LocalDate.of(2026, 1, 2), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

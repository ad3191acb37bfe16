package se.inkasso.complaints.domain.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;

/**
 * A Swedish personal identity number or coordination number (D21). Accepts 10 digits
 * (YYMMDD-NNNC, '+' once the person is 100 or older) or 12 digits (YYYYMMDD-NNNC), with or
 * without the separator; always stored with the century as 12 digits. Shown masked to everyone
 * but the debtor, and never used as a case reference.
 */
public final class Personnummer {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2})?(\\d{6})([-+]?)(\\d{4})");
    private static final int COORDINATION_OFFSET = 60;

    private final String digits;

    private Personnummer(String digits) {
        this.digits = digits;
    }

    /** Parses with today's date in Sweden to place a 10-digit number in its century. */
    public static Personnummer parse(String text) {
        return parse(text, LocalDate.now(BusinessCalendar.ZONE));
    }

    /**
     * @param today the date that decides the century of a 10-digit number: the latest century
     *              in which the person is already born, or 100 years earlier with '+'
     */
    public static Personnummer parse(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            throw new DomainException("personnummer.missing");
        }
        String trimmed = text.strip().replace(" ", "");
        Matcher matcher = FORMAT.matcher(trimmed);
        if (!matcher.matches()) {
            throw new DomainException("personnummer.format", text);
        }
        String century = matcher.group(1);
        String yymmdd = matcher.group(2);
        boolean centenarian = "+".equals(matcher.group(3));
        String lastFour = matcher.group(4);
        if (!Luhn.isValid(yymmdd + lastFour)) {
            throw new DomainException("personnummer.check-digit", text);
        }
        LocalDate birthDate = century != null
                ? birthDate(Integer.parseInt(century + yymmdd.substring(0, 2)), yymmdd, text)
                : birthDateWithoutCentury(yymmdd, centenarian, today, text);
        if (birthDate.isAfter(today)) {
            throw new DomainException("personnummer.future", text);
        }
        return new Personnummer(String.format("%04d", birthDate.getYear()) + yymmdd.substring(2) + lastFour);
    }

    private static LocalDate birthDateWithoutCentury(String yymmdd, boolean centenarian, LocalDate today, String text) {
        int twoDigitYear = Integer.parseInt(yymmdd.substring(0, 2));
        int year = today.getYear() - Math.floorMod(today.getYear() - twoDigitYear, 100);
        LocalDate date = birthDate(year, yymmdd, text);
        if (date.isAfter(today)) {
            date = birthDate(year - 100, yymmdd, text);
        }
        if (centenarian) {
            while (Period.between(date, today).getYears() < 100) {
                date = birthDate(date.getYear() - 100, yymmdd, text);
            }
        }
        return date;
    }

    private static LocalDate birthDate(int year, String yymmdd, String text) {
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        if (day > COORDINATION_OFFSET) {
            day -= COORDINATION_OFFSET;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new DomainException("personnummer.date", text);
        }
    }

    /** Builds a valid number from a birth date and a three-digit birth number; for demo and test data. */
    public static Personnummer of(LocalDate birthDate, int birthNumber) {
        String yymmdd = String.format("%02d%02d%02d", birthDate.getYear() % 100, birthDate.getMonthValue(),
                birthDate.getDayOfMonth());
        String serial = String.format("%03d", birthNumber);
        int check = Luhn.checkDigit(yymmdd + serial);
        return new Personnummer(String.format("%04d", birthDate.getYear()) + yymmdd.substring(2) + serial + check);
    }

    /** The 12 digits, with century: the stored form. */
    public String digits() {
        return digits;
    }

    /** YYYYMMDD-NNNC, for the debtor themself. */
    public String formatted() {
        return digits.substring(0, 8) + "-" + digits.substring(8);
    }

    /** YYYYMMDD-****, for everyone but the debtor (D21). */
    public String masked() {
        return digits.substring(0, 8) + "-****";
    }

    public boolean isCoordinationNumber() {
        return Integer.parseInt(digits.substring(6, 8)) > COORDINATION_OFFSET;
    }

    public LocalDate birthDate() {
        int day = Integer.parseInt(digits.substring(6, 8));
        return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                isCoordinationNumber() ? day - COORDINATION_OFFSET : day);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Personnummer that && digits.equals(that.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** Masked, so that a personnummer never reaches a log in full by accident. */
    @Override
    public String toString() {
        return masked();
    }
}

package se.inkasso.complaints.domain.text;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.model.Language;

/** Dates and amounts as a reader of that language writes them: "3 april 2026", "1 250,00 kr". */
public final class Formats {

    private Formats() {
    }

    public static String date(LocalDate date, Language language) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()));
    }

    public static String date(Instant instant, Language language) {
        return date(instant.atZone(BusinessCalendar.ZONE).toLocalDate(), language);
    }

    public static String money(BigDecimal amount, Language language) {
        NumberFormat format = NumberFormat.getNumberInstance(language == Language.SV ? language.locale() : Locale.UK);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        String number = format.format(amount);
        return language == Language.SV ? number + " kr" : "SEK " + number;
    }
}

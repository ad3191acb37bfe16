package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;

/** The first page of My pages: the debtor's claims with how to pay, their cases, their messages. */
@Named
@RequestScoped
public class MyPages {

    @Inject
    DebtorView view;

    @Inject
    LanguageSelection language;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "complaints.agency.bankgiro",
            defaultValue = "5050-1055")
    String bankgiro;

    private DebtorView.Overview overview;

    /** The agency's Bankgiro number that every claim is paid to, with its OCR number (D22). */
    public String getBankgiro() {
        return bankgiro;
    }

    public DebtorView.Overview getOverview() {
        if (overview == null) {
            overview = view.overview();
        }
        return overview;
    }

    /** A date as the reader writes it: "25 november 2026", or in English as in Britain, "25 November 2026". */
    public String date(LocalDate date) {
        java.util.Locale reader = language.getLocale();
        java.util.Locale written = "en".equals(reader.getLanguage()) ? java.util.Locale.UK : reader;
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(written));
    }

    /** A date gone by, in Sweden: a due date that has passed says so. */
    public boolean past(LocalDate date) {
        return date != null && date.isBefore(LocalDate.now(BusinessCalendar.ZONE));
    }

    public String day(Instant at) {
        return at == null ? "" : date(at.atZone(BusinessCalendar.ZONE).toLocalDate());
    }
}

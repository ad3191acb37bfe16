package se.inkasso.complaints.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;

/**
 * The business calendar every deadline is counted in (D20), for the telephony system and the
 * creditors' systems that promise dates to debtors. Public: it holds no personal data.
 */
@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CalendarResource {

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2200;
    private static final int MAX_BUSINESS_DAYS = 366;

    @Inject
    BusinessCalendar calendar;

    @Context
    HttpHeaders headers;

    /** Swedish public holidays and the eves treated as holidays in a year. */
    @GET
    @Path("holidays")
    public JsonObject holidays(@QueryParam("year") String year) {
        int parsedYear = parseInt("year", year, FIRST_YEAR, LAST_YEAR);
        Locale locale = headers.getAcceptableLanguages().stream()
                .filter(language -> "sv".equals(language.getLanguage())).findFirst().orElse(Locale.ENGLISH);
        JsonArrayBuilder days = Json.createArrayBuilder();
        calendar.holidays(parsedYear).forEach(holiday -> days.add(Json.createObjectBuilder()
                .add("date", holiday.date().toString())
                .add("name", DomainException.format(locale, holiday.key()))));
        return Json.createObjectBuilder().add("year", parsedYear).add("holidays", days).build();
    }

    /** The date that lies a number of business days after a date, as deadlines are counted. */
    @GET
    @Path("business-days")
    public JsonObject businessDays(@QueryParam("from") String from, @QueryParam("add") String add) {
        LocalDate start = parseDate("from", from);
        int days = parseInt("add", add, 0, MAX_BUSINESS_DAYS);
        return Json.createObjectBuilder()
                .add("from", start.toString())
                .add("businessDays", days)
                .add("date", calendar.plusBusinessDays(start, days).toString())
                .build();
    }

    private static LocalDate parseDate(String field, String value) {
        try {
            LocalDate date = LocalDate.parse(value == null ? "" : value.strip());
            if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                throw new InvalidParameterException(field, "parameter.range", field, FIRST_YEAR, LAST_YEAR);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(field, "parameter.date", field, value);
        }
    }

    private static int parseInt(String field, String value, int min, int max) {
        try {
            int parsed = Integer.parseInt(value == null ? "" : value.strip());
            if (parsed < min || parsed > max) {
                throw new InvalidParameterException(field, "parameter.range", field, min, max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(field, "parameter.number", field, value);
        }
    }
}

package se.inkasso.complaints.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.util.Locale;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.json.JsonBuilders;

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
        int parsedYear = Parameters.integer("year", year, FIRST_YEAR, LAST_YEAR);
        Locale locale = ProblemMapper.locale(headers);
        JsonArrayBuilder days = JsonBuilders.array();
        calendar.holidays(parsedYear).forEach(holiday -> days.add(JsonBuilders.object()
                .add("date", holiday.date().toString())
                .add("name", DomainException.format(locale, holiday.key()))));
        return JsonBuilders.object().add("year", parsedYear).add("holidays", days).build();
    }

    /** The date that lies a number of business days after a date, as deadlines are counted. */
    @GET
    @Path("business-days")
    public JsonObject businessDays(@QueryParam("from") String from, @QueryParam("add") String add) {
        LocalDate start = Parameters.date("from", from, FIRST_YEAR, LAST_YEAR);
        int days = Parameters.integer("add", add, 0, MAX_BUSINESS_DAYS);
        return JsonBuilders.object()
                .add("from", start.toString())
                .add("businessDays", days)
                .add("date", calendar.plusBusinessDays(start, days).toString())
                .build();
    }
}

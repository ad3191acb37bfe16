package se.inkasso.complaints.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;

/**
 * What the generator is asked for. The data set is a function of the seed, the scale and the day:
 * cases are received in the three years before the start of that day (Swedish time).
 */
record GeneratorOptions(String url, String user, String password, Size size, long seed, LocalDate day,
        boolean replace) {

    static final String USAGE = "Usage: DataGenerator --url jdbc:postgresql://host:port/database [--user complaints]"
            + " [--password complaints] [--scale 1.0] [--seed 20261201] [--day YYYY-MM-DD] [--replace]";

    Instant now() {
        return day.atStartOfDay(BusinessCalendar.ZONE).toInstant();
    }

    static GeneratorOptions parse(String... args) {
        String url = null;
        String user = "complaints";
        String password = "complaints";
        double scale = 1.0;
        long seed = 20_261_201L;
        LocalDate day = LocalDate.now(BusinessCalendar.ZONE);
        boolean replace = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if ("--replace".equals(option)) {
                replace = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("No value after " + option);
            }
            String value = args[++i];
            try {
                switch (option) {
                    case "--url" -> url = value;
                    case "--user" -> user = value;
                    case "--password" -> password = value;
                    case "--scale" -> scale = Double.parseDouble(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--day" -> day = LocalDate.parse(value);
                    default -> throw new IllegalArgumentException("Unknown option " + option);
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new IllegalArgumentException(option + " " + value + " is not a valid value", e);
            }
        }
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--url must name a PostgreSQL database (jdbc:postgresql://...)");
        }
        if (!(scale > 0 && scale <= 10)) {
            throw new IllegalArgumentException("--scale must be above 0 and at most 10, not " + scale);
        }
        return new GeneratorOptions(url, user, password, Size.AGENCY.scaled(scale), seed, day, replace);
    }
}

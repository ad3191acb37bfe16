package se.inkasso.complaints.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import se.inkasso.complaints.domain.InvalidFieldsException;

/** Query parameters read with a 400 that names the parameter and says what is expected. */
final class Parameters {

    private Parameters() {
    }

    /** An id in a path: anything that is not one names nothing, so it is not found (404). */
    static long id(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new jakarta.ws.rs.NotFoundException();
        }
    }

    static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldsException(name, "field.choice", name, value, java.util.Arrays
                    .stream(type.getEnumConstants()).map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
        }
    }

    static int integer(String name, String value, int min, int max) {
        try {
            int parsed = Integer.parseInt(value == null ? "" : value.strip());
            if (parsed < min || parsed > max) {
                throw new InvalidFieldsException(name, "parameter.range", name, min, max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new InvalidFieldsException(name, "parameter.number", name, value);
        }
    }

    static LocalDate date(String name, String value, int firstYear, int lastYear) {
        try {
            LocalDate date = LocalDate.parse(value == null ? "" : value.strip());
            if (date.getYear() < firstYear || date.getYear() > lastYear) {
                throw new InvalidFieldsException(name, "parameter.range", name, firstYear, lastYear);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidFieldsException(name, "parameter.date", name, value);
        }
    }
}

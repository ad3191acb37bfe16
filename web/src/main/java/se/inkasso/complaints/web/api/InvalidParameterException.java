package se.inkasso.complaints.web.api;

import se.inkasso.complaints.domain.DomainException;

/** A request parameter that could not be understood; reported as a 400 naming the field. */
public class InvalidParameterException extends DomainException {

    private final String field;

    public InvalidParameterException(String field, String key, Object... arguments) {
        super(key, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

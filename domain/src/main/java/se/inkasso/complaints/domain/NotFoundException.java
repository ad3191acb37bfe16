package se.inkasso.complaints.domain;

/** The thing asked for does not exist (or is not the caller's to see). */
public class NotFoundException extends DomainException {

    public NotFoundException(String key, Object... arguments) {
        super(key, arguments);
    }
}

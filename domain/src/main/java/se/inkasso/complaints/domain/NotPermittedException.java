package se.inkasso.complaints.domain;

/** This person may not take this action on this case, whatever their role (answered as 403). */
public class NotPermittedException extends DomainException {

    public NotPermittedException(String key, Object... arguments) {
        super(key, arguments);
    }
}

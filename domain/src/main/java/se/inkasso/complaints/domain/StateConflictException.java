package se.inkasso.complaints.domain;

/** The action does not fit the state the case or claim is in now (answered as 409). */
public class StateConflictException extends DomainException {

    public StateConflictException(String key, Object... arguments) {
        super(key, arguments);
    }
}

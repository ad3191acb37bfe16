package se.inkasso.complaints.notification.control;

/** A delivery attempt failed; {@code permanent} when trying again cannot help until someone acts. */
public class DeliveryFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    public DeliveryFailure(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}

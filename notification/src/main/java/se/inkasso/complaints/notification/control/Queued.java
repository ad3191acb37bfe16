package se.inkasso.complaints.notification.control;

/** Something was put in the outbox; once its transaction commits, the dispatcher is woken. */
public record Queued(String deliveryKey) {
}

package se.inkasso.complaints.notification.boundary;

/** Where a notification is on its way to the debtor. */
public enum DeliveryStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Delivered; never delivered again. */
    SENT,
    /** Gave up after the configured attempts, or failed in a way a retry cannot fix: staff decide. */
    DEAD,
    /** No longer to be sent (the debtor withdrew consent to e-mail before it went). */
    CANCELLED
}

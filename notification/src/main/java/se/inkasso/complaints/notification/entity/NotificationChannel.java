package se.inkasso.complaints.notification.entity;

/** How a notification reaches the debtor (D18). There is no SMS: the agency never uses it. */
public enum NotificationChannel {
    /** A PDF letter, stored with the case, put in the portal inbox and posted. */
    LETTER,
    /** A short e-mail notice that a new letter is in Mina sidor, never the letter itself. */
    EMAIL
}

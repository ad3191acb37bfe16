/**
 * What the other layers use of notification: the observers that turn decisions into outbox items,
 * the dispatcher that delivers them, and the letters, inbox, dead-letter list and print batches.
 */
package se.inkasso.complaints.notification.boundary;

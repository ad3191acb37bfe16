/**
 * What notification keeps: the outbox of notifications decided and their delivery state, the
 * letters with their PDFs, the debtor's portal inbox and the print batches (D18, D19).
 */
package se.inkasso.complaints.notification.entity;

/**
 * Notification (D18, D19): letters as PDF, portal messages and optional e-mail notices, written
 * to an outbox in the deciding transaction and delivered exactly once. Never SMS.
 */
package se.inkasso.complaints.notification;

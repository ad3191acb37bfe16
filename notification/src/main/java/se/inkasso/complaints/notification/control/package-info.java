/**
 * How notifications are made and delivered: templates (FreeMarker, editable without a developer),
 * the letter layout on A4 (OpenPDF), the agency's letterhead from configuration, e-mail over SMTP,
 * and the transactional steps of claiming and delivering an outbox item.
 */
package se.inkasso.complaints.notification.control;

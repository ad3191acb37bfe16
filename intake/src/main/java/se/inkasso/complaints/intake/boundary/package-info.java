/**
 * What the web layer calls to hand in a contact from the portal or from a phone call, to report a
 * scam message, and to read back what a debtor sent: records, never entities.
 */
package se.inkasso.complaints.intake.boundary;

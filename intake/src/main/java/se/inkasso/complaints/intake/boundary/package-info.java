/** What the web layer calls to hand in a contact from the portal or from a phone call. */
package se.inkasso.complaints.intake.boundary;

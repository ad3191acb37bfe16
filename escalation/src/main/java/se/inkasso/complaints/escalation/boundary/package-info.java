/**
 * What the other layers use of escalation: asking for and deciding the complaints officer's review
 * (D16), and referring a case to an external body (D17). Each step fires its event, which brings
 * the debtor's letter, and is on the case's timeline.
 */
package se.inkasso.complaints.escalation.boundary;

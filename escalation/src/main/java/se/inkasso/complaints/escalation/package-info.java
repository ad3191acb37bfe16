/**
 * Escalation (D16, D17): the complaints officer's review of a case the debtor is not satisfied
 * with, and referral to Inkassonämnden or Finansinspektionen. Knows other modules only through
 * the domain events.
 */
package se.inkasso.complaints.escalation;

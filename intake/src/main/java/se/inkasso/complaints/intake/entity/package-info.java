/**
 * What intake owns and alone writes: the contacts debtors make, the documents they send with them,
 * and the scam messages they report. Other modules know a contact only by its id.
 */
package se.inkasso.complaints.intake.entity;

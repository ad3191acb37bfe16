/** Escalation's rules: the review clock and who may decide a review (D13, D16). */
package se.inkasso.complaints.escalation.control;

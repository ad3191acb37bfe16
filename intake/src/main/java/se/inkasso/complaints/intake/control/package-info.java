/** Intake internals: classifying a contact into case types, fingerprints of requests, rate limits. */
package se.inkasso.complaints.intake.control;

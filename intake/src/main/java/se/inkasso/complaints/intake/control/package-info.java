/**
 * Intake internals: classifying a contact into case types, fingerprints of requests, rate limits,
 * and the repositories of intake's own records.
 */
package se.inkasso.complaints.intake.control;

/**
 * Intake (D1, D2, D5, D18): receiving a contact by portal or phone, checking it, and handing it to
 * casework as a {@link se.inkasso.complaints.domain.event.CaseReceived} event. Knows nothing of how
 * cases are handled.
 */
package se.inkasso.complaints.intake;

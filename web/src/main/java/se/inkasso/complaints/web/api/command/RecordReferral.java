package se.inkasso.complaints.web.api.command;

/** {@code POST /api/cases/{reference}/external-referrals/{id}} (D17): what the body told the agency. */
public record RecordReferral(@MaxLength(100) String externalReference, @MaxLength(2000) String outcome) {
}

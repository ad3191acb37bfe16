package se.inkasso.complaints.domain.event;

import se.inkasso.complaints.domain.model.CaseType;

/** A case's type was corrected (D2), with the reason. */
public record CaseReclassified(long caseId, String reference, CaseType from, CaseType to, String reason) {
}

package se.inkasso.complaints.domain.event;

/** A case was closed with its root cause (D15). */
public record CaseClosed(long caseId, String reference, String rootCause) {
}

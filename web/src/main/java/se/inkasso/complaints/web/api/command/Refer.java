package se.inkasso.complaints.web.api.command;

import se.inkasso.complaints.domain.model.ExternalBody;

/** {@code POST /api/cases/{reference}/external-referrals} (D17): the body, and its reference when known. */
public record Refer(@Required ExternalBody body, @MaxLength(100) String externalReference) {
}

package se.inkasso.complaints.web.api.command;

import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.ComplaintCategory;
import se.inkasso.complaints.domain.model.ObjectionGrounds;

/** {@code POST /api/cases/{reference}/reclassification} (D2): the right type, why, and its category or grounds. */
public record Reclassify(@Required CaseType type,
        @Required @MaxLength(2000) String reason,
        ComplaintCategory category, ObjectionGrounds grounds) {
}

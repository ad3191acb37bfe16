package se.inkasso.complaints.web.api.command;

import java.util.EnumSet;
import java.util.Set;
import se.inkasso.complaints.domain.model.CaseType;

/** What a contact is, as the one filing it says: a complaint, an objection, or both (D1). */
public enum ContactKind {
    COMPLAINT(EnumSet.of(CaseType.COMPLAINT)),
    OBJECTION(EnumSet.of(CaseType.OBJECTION)),
    BOTH(EnumSet.allOf(CaseType.class));

    private final Set<CaseType> types;

    ContactKind(Set<CaseType> types) {
        this.types = types;
    }

    public Set<CaseType> types() {
        return EnumSet.copyOf(types);
    }
}

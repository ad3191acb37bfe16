package se.inkasso.complaints.intake.control;

import java.util.EnumSet;
import java.util.Set;
import se.inkasso.complaints.domain.FieldError;
import se.inkasso.complaints.domain.InvalidFieldsException;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.ComplaintCategory;
import se.inkasso.complaints.domain.model.ObjectionGrounds;

/**
 * Which cases a contact becomes (D1). A complaint is about how the agency works, an objection says
 * the claim is wrong; whoever states grounds against the claim objects, whatever the form said, so
 * a contact with both a complaint category and objection grounds becomes two linked cases.
 */
public final class Classification {

    private Classification() {
    }

    /**
     * @param requested the types the debtor or agent chose; may be empty when only category or
     *                  grounds were given
     */
    public static Set<CaseType> of(Set<CaseType> requested, ComplaintCategory category, ObjectionGrounds grounds) {
        Set<CaseType> types = requested.isEmpty() ? EnumSet.noneOf(CaseType.class) : EnumSet.copyOf(requested);
        if (category != null) {
            types.add(CaseType.COMPLAINT);
        }
        if (grounds != null) {
            types.add(CaseType.OBJECTION);
        }
        if (types.isEmpty()) {
            throw new InvalidFieldsException("type", "intake.type-missing");
        }
        if (types.contains(CaseType.OBJECTION) && grounds == null) {
            throw new InvalidFieldsException(java.util.List.of(new FieldError("grounds", "intake.grounds-missing")));
        }
        return types;
    }
}

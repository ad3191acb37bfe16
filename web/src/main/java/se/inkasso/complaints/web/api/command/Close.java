package se.inkasso.complaints.web.api.command;

import java.time.LocalDate;
import java.util.List;
import se.inkasso.complaints.domain.FieldError;
import se.inkasso.complaints.domain.model.CorrectiveAction;

/**
 * {@code POST /api/cases/{reference}/closure} (D15): the root cause, and optionally the corrective
 * action with who carries it out and by when.
 */
public record Close(@Required @MaxLength(60) String rootCause,
        @MaxLength(2000) String correctiveAction,
        @MaxLength(60) String correctiveActionOwner, LocalDate correctiveActionDue)
        implements CrossChecked {

    /** The corrective action to record, if one was given. */
    public CorrectiveAction corrective() {
        return correctiveAction == null ? null
                : new CorrectiveAction(correctiveAction, correctiveActionOwner, correctiveActionDue, false);
    }

    /** An owner or a due date belongs to a corrective action. */
    @Override
    public List<FieldError> crossCheck() {
        return correctiveAction == null && (correctiveActionOwner != null || correctiveActionDue != null)
                ? List.of(new FieldError("correctiveAction", "field.missing", "correctiveAction")) : List.of();
    }
}

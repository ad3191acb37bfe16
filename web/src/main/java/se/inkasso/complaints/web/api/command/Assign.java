package se.inkasso.complaints.web.api.command;

import java.util.List;
import se.inkasso.complaints.domain.FieldError;

/**
 * {@code POST /api/cases/{reference}/assignment}: a handler by username, or {@code automatic} for
 * the least-loaded agent who works in the case's language.
 */
public record Assign(@MaxLength(60) String handler, boolean automatic)
        implements CrossChecked {

    @Override
    public List<FieldError> crossCheck() {
        return handler == null && !automatic ? List.of(new FieldError("handler", "field.missing", "handler"))
                : List.of();
    }
}

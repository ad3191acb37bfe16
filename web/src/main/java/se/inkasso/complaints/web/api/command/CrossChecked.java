package se.inkasso.complaints.web.api.command;

import java.util.List;
import se.inkasso.complaints.domain.FieldError;

/** A request whose fields depend on each other: what is wrong with them together, beside each field's own rules. */
public interface CrossChecked {

    List<FieldError> crossCheck();
}

package se.inkasso.complaints.domain;

import java.util.List;

/**
 * Well-formed input that a rule refuses as a whole, listing every part that is missing or not
 * allowed (answered as 422), e.g. a final response that fails its content checklist (D14).
 */
public class IncompleteException extends InvalidFieldsException {

    public IncompleteException(List<FieldError> errors) {
        super(errors);
    }
}

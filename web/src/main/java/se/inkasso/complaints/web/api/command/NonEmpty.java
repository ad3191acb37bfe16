package se.inkasso.complaints.web.api.command;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotEmpty;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A list that must hold at least one item. A constraint of the request records that reaches only their fields:
 * Bean Validation's own would also sit on the records' constructor parameters, which Payara's
 * OpenAPI reader cannot take.
 */
@NotEmpty
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Target(FIELD)
@Retention(RUNTIME)
public @interface NonEmpty {

    String message() default "field.missing";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

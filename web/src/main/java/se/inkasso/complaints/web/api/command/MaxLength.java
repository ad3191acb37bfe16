package se.inkasso.complaints.web.api.command;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A text of at most {@code value} characters. A constraint of the request records that reaches only their fields:
 * Bean Validation's own would also sit on the records' constructor parameters, which Payara's
 * OpenAPI reader cannot take.
 */
@Size
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Target(FIELD)
@Retention(RUNTIME)
public @interface MaxLength {

    @OverridesAttribute(constraint = Size.class, name = "max")
    int value();

    String message() default "field.too-long";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

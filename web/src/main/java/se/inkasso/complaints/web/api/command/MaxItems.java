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

/** A list of at most {@code value} items. */
@Size
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Target(FIELD)
@Retention(RUNTIME)
public @interface MaxItems {

    @OverridesAttribute(constraint = Size.class, name = "max")
    int value();

    String message() default "field.too-many";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

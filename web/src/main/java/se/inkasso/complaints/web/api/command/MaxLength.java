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

/** A text of at most {@code value} characters. */
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

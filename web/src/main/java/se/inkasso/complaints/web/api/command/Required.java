package se.inkasso.complaints.web.api.command;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A field that must be given. */
@NotNull
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Target(FIELD)
@Retention(RUNTIME)
public @interface Required {

    String message() default "field.missing";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

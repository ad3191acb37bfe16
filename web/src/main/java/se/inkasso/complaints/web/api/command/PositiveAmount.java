package se.inkasso.complaints.web.api.command;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import se.inkasso.complaints.domain.money.Money;

/**
 * An amount that, when given, is more than zero: every amount a request carries (disputed,
 * redress, corrected principal, a collection action's) means money that exists; a negative or
 * zero one means nothing and would only mislead a letter or the collection system.
 */
@Constraint(validatedBy = PositiveAmount.Check.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface PositiveAmount {

    String message() default "field.amount-positive";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the sign; the form of the amount was checked when it was read. */
    class Check implements ConstraintValidator<PositiveAmount, Money> {

        @Override
        public boolean isValid(Money amount, ConstraintValidatorContext context) {
            return amount == null || amount.isPositive();
        }
    }
}

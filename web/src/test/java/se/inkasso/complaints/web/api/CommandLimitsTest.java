package se.inkasso.complaints.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.inkasso.complaints.domain.money.Money;
import se.inkasso.complaints.web.api.command.MaxItems;
import se.inkasso.complaints.web.api.command.MaxLength;
import se.inkasso.complaints.web.api.command.PositiveAmount;

/**
 * Every field a request body can carry is bounded: a text by its longest length, a list by its
 * number of items, an amount by its sign (its size is bounded by the money parser), so that no
 * request stores a megabyte or a negative redress.
 */
class CommandLimitsTest {

    @Test
    void everyTextListAndAmountOfEveryCommandHasItsLimit() {
        List<String> unbounded = commands().stream()
                .flatMap(command -> Arrays.stream(command.getRecordComponents()))
                .filter(component -> !bounded(component))
                .map(component -> component.getDeclaringRecord().getSimpleName() + "." + component.getName())
                .toList();
        assertThat(unbounded).as("fields without their limit").isEmpty();
        assertThat(commands()).hasSizeGreaterThan(15);
    }

    private static boolean bounded(RecordComponent component) {
        var field = field(component);
        Class<?> type = component.getType();
        if (type == String.class) {
            return field.isAnnotationPresent(MaxLength.class);
        }
        if (type == List.class) {
            return field.isAnnotationPresent(MaxItems.class);
        }
        if (type == Money.class) {
            return field.isAnnotationPresent(PositiveAmount.class);
        }
        return true;
    }

    private static java.lang.reflect.Field field(RecordComponent component) {
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<?>> commands() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.inkasso.complaints.web.api.command").stream()
                .<Class<?>>map(type -> type.reflect())
                .filter(Class::isRecord).toList();
    }
}

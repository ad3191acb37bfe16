package se.inkasso.complaints.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.money.Money;

/** A page's amount passes the same parser and sign rule as the API's, refused beside its field. */
class EnteredAmountTest {

    @Test
    void anAmountIsReadAsTheApiReadsIt() {
        assertThat(EnteredAmount.read("redressAmount", new BigDecimal("1250.5"))).isEqualTo(Money.sek("1250.50"));
        assertThat(EnteredAmount.read("redressAmount", null)).isNull();
    }

    @Test
    void zeroNegativeAndWhatIsNoAmountAreRefusedBesideTheField() {
        for (String entered : new String[] {"0", "-5", "0.00"}) {
            assertThatThrownBy(() -> EnteredAmount.read("redressAmount", new BigDecimal(entered)))
                    .isInstanceOfSatisfying(DomainException.class, refused -> {
                        assertThat(refused.field()).hasValue("redressAmount");
                        assertThat(refused.message(Locale.forLanguageTag("sv"))).contains("över 0 kronor");
                    });
        }
        for (String entered : new String[] {"1E+20", "12.345"}) {
            assertThatThrownBy(() -> EnteredAmount.read("adjustedAmount", new BigDecimal(entered)))
                    .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(
                            refused.message(Locale.ENGLISH)).isEqualTo("Write the amount in kronor, like 1250.00."));
        }
    }
}

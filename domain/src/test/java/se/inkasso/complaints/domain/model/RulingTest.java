package se.inkasso.complaints.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.money.Money;

/** The reasons and redress a final response (D14) and a review (D16) share. */
class RulingTest {

    @Test
    void blankTextIsNoTextAndWrittenTextIsKeptWithoutItsMargins() {
        Ruling ruling = new Ruling("  Vi gjorde fel.\n", " ", null);

        assertThat(ruling.reasons()).contains("Vi gjorde fel.");
        assertThat(ruling.redress()).isEmpty();
        assertThat(ruling.redressAmount()).isEmpty();
    }

    @Test
    void redressIsNeverACharge() {
        assertThatThrownBy(() -> new Ruling("Skäl", "Vi betalar", Money.sek(new BigDecimal("-1.00"))))
                .isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.key()).isEqualTo("response.redress-negative"));
        assertThat(new Ruling("Skäl", "Avgiften stryks", Money.sek(new BigDecimal("180.00"))).redressAmount())
                .contains(Money.sek(new BigDecimal("180.00")));
    }
}

package se.inkasso.complaints.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsTwoDecimalsAndAdds() {
        assertThat(Money.sek("100").plus(Money.sek("0.5")).amount()).isEqualByComparingTo("100.50");
        assertThat(Money.sek("100").minus(Money.sek("150")).isPositive()).isFalse();
        assertThat(Money.sek("1250").toString()).isEqualTo("1250.00 SEK");
    }

    @Test
    void refusesToMixCurrencies() {
        Money euros = new Money(BigDecimal.ONE, Currency.getInstance("EUR"));
        assertThatThrownBy(() -> Money.sek("1").plus(euros)).isInstanceOf(IllegalArgumentException.class);
    }
}

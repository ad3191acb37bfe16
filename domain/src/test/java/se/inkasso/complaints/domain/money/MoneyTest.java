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
    void readsAmountsAsPeopleWriteThem() {
        assertThat(Money.parse("1250")).isEqualTo(Money.sek("1250.00"));
        assertThat(Money.parse(" 1250,5 ")).isEqualTo(Money.sek("1250.50"));
        assertThat(Money.parse("-80.00")).isEqualTo(Money.sek("-80"));
        assertThat(Money.parse("9999999999999.99").amount()).isEqualByComparingTo("9999999999999.99");
    }

    @Test
    void refusesWhatIsNotAnAmountWithoutExpandingIt() {
        for (String written : new String[] {"1E+400000", "1e3", "12.345", "1 250", "\u0661\u0662", "0x10", "",
            "12.", ".5", "10000000000000", "NaN", "+-1"}) {
            assertThatThrownBy(() -> Money.parse(written)).as(written).isInstanceOf(NumberFormatException.class);
        }
        assertThatThrownBy(() -> Money.parse(null)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void refusesToMixCurrencies() {
        Money euros = new Money(BigDecimal.ONE, Currency.getInstance("EUR"));
        assertThatThrownBy(() -> Money.sek("1").plus(euros)).isInstanceOf(IllegalArgumentException.class);
    }
}

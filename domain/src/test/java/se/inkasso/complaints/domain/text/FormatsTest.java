package se.inkasso.complaints.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.inkasso.complaints.domain.model.Language;

/** Amounts and dates as a Swedish and an English reader write them, on pages and in letters alike. */
class FormatsTest {

    @Test
    void amountsWithTheReadersSeparatorsAndCurrency() {
        assertThat(Formats.money(new BigDecimal("3158"), Language.SV)).isEqualTo("3\u00a0158,00 kr");
        assertThat(Formats.money(new BigDecimal("3158"), Language.EN)).isEqualTo("SEK 3,158.00");
        assertThat(Formats.money(new BigDecimal("-80.5"), Language.SV)).isEqualTo("\u221280,50 kr");
    }

    @Test
    void datesWrittenOut() {
        assertThat(Formats.date(LocalDate.of(2026, 4, 3), Language.SV)).isEqualTo("3 april 2026");
        assertThat(Formats.date(LocalDate.of(2026, 4, 3), Language.EN)).isEqualTo("3 April 2026");
    }
}

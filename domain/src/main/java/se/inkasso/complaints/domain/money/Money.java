package se.inkasso.complaints.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/** An amount in a currency, always with two decimals (öre). */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public static final Currency SEK = Currency.getInstance("SEK");
    /** How an amount is written for {@link #parse}: the pattern the API describes too. */
    public static final String WRITTEN = "-?[0-9]{1,13}([.,][0-9]{1,2})?";
    private static final Pattern AMOUNT = Pattern.compile(WRITTEN);

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    public static Money sek(String amount) {
        return new Money(new BigDecimal(amount), SEK);
    }

    public static Money sek(BigDecimal amount) {
        return new Money(amount, SEK);
    }

    /**
     * Reads an amount in kronor as people and systems write it: digits with at most two decimals
     * after a point or a comma, an optional minus sign ({@code 1250}, {@code 1250.50},
     * {@code -80,00}). Nothing else: no exponents (which would make the number as large as the
     * writer wishes), no digits of other scripts, no spaces inside, at most 13 digits before the
     * decimals (a trillion kronor is no claim this agency collects).
     *
     * @throws NumberFormatException naming what is wrong
     */
    public static Money parse(String text) {
        String written = text == null ? "" : text.strip();
        if (!AMOUNT.matcher(written).matches()) {
            throw new NumberFormatException("Not an amount in kronor: " + written);
        }
        return sek(new BigDecimal(written.replace(',', '.')));
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
    }

    /** The decimal string used in the API, e.g. {@code 1250.00}. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}

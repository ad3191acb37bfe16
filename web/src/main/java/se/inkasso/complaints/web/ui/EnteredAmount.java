package se.inkasso.complaints.web.ui;

import java.math.BigDecimal;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.money.Money;

/**
 * An amount typed into a page's number field, read by the one money parser ({@link Money#parse})
 * as the API reads one, and more than zero like every amount a request carries: a page never
 * takes an amount the API would refuse.
 */
final class EnteredAmount {

    private EnteredAmount() {
    }

    /** @return null when nothing was entered */
    static Money read(String field, BigDecimal entered) {
        if (entered == null) {
            return null;
        }
        Money amount;
        try {
            amount = Money.parse(entered.toPlainString());
        } catch (NumberFormatException notAnAmount) {
            throw DomainException.about(field, "amount.entered-invalid");
        }
        if (!amount.isPositive()) {
            throw DomainException.about(field, "amount.entered-not-positive");
        }
        return amount;
    }
}

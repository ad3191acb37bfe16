package se.inkasso.complaints.web.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import se.inkasso.complaints.domain.money.Money;

/**
 * The reasons and redress being written with a decision: the part of the final response form and
 * the review form that both share, as {@code Ruling} is in the model.
 */
public class RulingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String reasons;
    private String redress;
    private BigDecimal redressAmount;

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public String getRedress() {
        return redress;
    }

    public void setRedress(String redress) {
        this.redress = redress;
    }

    public BigDecimal getRedressAmount() {
        return redressAmount;
    }

    public void setRedressAmount(BigDecimal redressAmount) {
        this.redressAmount = redressAmount;
    }

    /** The amount in kronor, or null when none was given. */
    public Money amount() {
        return EnteredAmount.read("redressAmount", redressAmount);
    }
}

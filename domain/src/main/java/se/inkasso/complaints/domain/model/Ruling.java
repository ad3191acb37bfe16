package se.inkasso.complaints.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Optional;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.money.Money;

/**
 * Why a decision was made and what the agency does to put things right: what a final response
 * (D14) and the complaints officer's review (D16) both write, in the same columns of both tables.
 * The decision itself stays with each, in its own words: a response upholds, partly upholds or
 * rejects ({@link Decision}); a review upholds, partly upholds or does not ({@link ReviewOutcome}).
 * Blank text is kept as no text.
 */
@Embeddable
public class Ruling {

    /** Nothing written: what an entity holds before its ruling is written. */
    public static final Ruling NONE = new Ruling(null, null, null);

    @Column(length = 8000)
    private String reasons;

    /** What the agency does to put things right, or "none". */
    @Column(length = 2000)
    private String redress;

    /** Money given back or written off as redress, if any; summed in the follow-up reports (D15). */
    @Column(name = "redress_amount", precision = 19, scale = 2)
    private BigDecimal redressAmount;

    protected Ruling() {
    }

    /** @throws DomainException when the amount is negative: redress is never a charge */
    public Ruling(String reasons, String redress, Money redressAmount) {
        if (redressAmount != null && redressAmount.amount().signum() < 0) {
            throw DomainException.about("redressAmount", "response.redress-negative");
        }
        this.reasons = written(reasons);
        this.redress = written(redress);
        this.redressAmount = redressAmount == null ? null : redressAmount.amount();
    }

    public Optional<String> reasons() {
        return Optional.ofNullable(reasons);
    }

    public Optional<String> redress() {
        return Optional.ofNullable(redress);
    }

    public Optional<Money> redressAmount() {
        return Optional.ofNullable(redressAmount).map(Money::sek);
    }

    /** The reasons and the redress as one text, for checks of their wording. */
    public String text() {
        return (reasons == null ? "" : reasons) + " " + (redress == null ? "" : redress);
    }

    private static String written(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

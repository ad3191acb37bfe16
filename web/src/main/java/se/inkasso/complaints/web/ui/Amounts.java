package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.text.Formats;

/**
 * Amounts on the pages as the letters write them, in the reader's language: "3 158,00 kr" in
 * Swedish, "SEK 3,158.00" in English.
 */
@Named
@RequestScoped
public class Amounts {

    @Inject
    LanguageSelection language;

    public String of(BigDecimal amount) {
        return amount == null ? "" : Formats.money(amount, Language.fromCode(language.getCode()));
    }

    /** An amount that is taken off, such as what has been paid: with its minus sign, unless nothing was. */
    public String deducted(BigDecimal amount) {
        return amount == null || amount.signum() == 0 ? of(BigDecimal.ZERO) : of(amount.negate());
    }
}

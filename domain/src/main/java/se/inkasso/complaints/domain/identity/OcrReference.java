package se.inkasso.complaints.domain.identity;

import se.inkasso.complaints.domain.DomainException;

/**
 * The payment reference a debtor quotes when paying to the agency's Bankgiro (D22): 2 to 25
 * digits ending in a Luhn check digit, optionally with a length digit (the number of digits,
 * modulo 10) just before it.
 */
public record OcrReference(String value) {

    private static final int MIN_LENGTH = 2;
    private static final int MAX_LENGTH = 25;

    public OcrReference {
        if (value == null || value.isBlank()) {
            throw new DomainException("ocr.missing");
        }
        value = value.strip().replace(" ", "");
        if (!value.chars().allMatch(Character::isDigit)) {
            throw new DomainException("ocr.digits", value);
        }
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw new DomainException("ocr.length", value, MIN_LENGTH, MAX_LENGTH);
        }
        if (!Luhn.isValid(value)) {
            throw new DomainException("ocr.check-digit", value);
        }
    }

    /** A reference for {@code base} with a length digit and a check digit appended. */
    public static OcrReference withLengthDigit(String base) {
        int length = (base.length() + 2) % 10;
        String withLength = base + length;
        return new OcrReference(withLength + Luhn.checkDigit(withLength));
    }

    /** Whether the digit before the check digit equals the reference's length modulo 10. */
    public boolean hasValidLengthDigit() {
        return value.charAt(value.length() - 2) - '0' == value.length() % 10;
    }
}

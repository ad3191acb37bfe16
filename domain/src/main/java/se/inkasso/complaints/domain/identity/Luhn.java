package se.inkasso.complaints.domain.identity;

/** The Luhn (modulus 10) check digit used by personnummer and OCR references. */
final class Luhn {

    private Luhn() {
    }

    /** The check digit that makes {@code digits} followed by it pass the Luhn test. */
    static int checkDigit(CharSequence digits) {
        int sum = 0;
        boolean doubled = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }

    static boolean isValid(CharSequence digitsWithCheck) {
        int last = digitsWithCheck.length() - 1;
        return checkDigit(digitsWithCheck.subSequence(0, last)) == digitsWithCheck.charAt(last) - '0';
    }
}

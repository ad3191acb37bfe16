package se.inkasso.complaints.intake.boundary;

/**
 * The longest text intake keeps in each field, in characters: the register refuses a longer one
 * naming the field, and the API's request records and the forms state the same numbers.
 */
public final class TextLimits {

    public static final int DESCRIPTION = 4000;
    public static final int REMEDY = 2000;
    /** A message to the agency (D24) or an addition to a case (D25). */
    public static final int MESSAGE = 4000;
    public static final int RESOLUTION_NOTE = 2000;
    public static final int IDEMPOTENCY_KEY = 200;
    public static final int SCAM_SENDER = 100;
    public static final int SCAM_TEXT = 2000;
    /** Longer than any claim reference or personnummer written with its separators. */
    public static final int IDENTIFIER = 40;

    private TextLimits() {
    }
}

package se.inkasso.complaints.domain.identity;

import java.util.regex.Pattern;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.model.CaseType;

/**
 * The human-readable reference of a case, e.g. {@code KL-2026-000042} for a complaint or
 * {@code BE-2026-000043} for an objection: a prefix per case type, the year it was received and
 * a serial number. Never derived from the personnummer (D21).
 */
public record CaseReference(String value) {

    private static final Pattern FORMAT = Pattern.compile("(KL|BE)-\\d{4}-\\d{6}");

    public CaseReference {
        if (value == null || !FORMAT.matcher(value.strip().toUpperCase()).matches()) {
            throw new DomainException("case-reference.format", value);
        }
        value = value.strip().toUpperCase();
    }

    public static CaseReference of(CaseType type, int year, long serial) {
        return new CaseReference(String.format("%s-%04d-%06d", type.referencePrefix(), year, serial));
    }

    @Override
    public String toString() {
        return value;
    }
}

package se.inkasso.complaints.domain.model;

import java.util.Locale;
import se.inkasso.complaints.domain.DomainException;

/** The languages in which the agency writes to a debtor and shows its screens. */
public enum Language {
    SV,
    EN;

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** {@code sv} or {@code en}, as in the API. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Language fromCode(String code) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return language;
            }
        }
        throw new DomainException("language.unknown", code);
    }
}

package se.inkasso.complaints.web.api;

import jakarta.ws.rs.core.EntityTag;
import se.inkasso.complaints.domain.InvalidFieldsException;

/**
 * A case's version as an HTTP entity tag: GET answers with {@code ETag}, a change may send it back
 * in {@code If-Match}, and an older one than the case's is a conflict (409), not an overwrite.
 */
final class Versions {

    private Versions() {
    }

    static EntityTag tag(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /** The version in an If-Match header, or null without one. */
    static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.strip())) {
            return null;
        }
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidFieldsException("If-Match", "field.version", ifMatch);
        }
    }
}

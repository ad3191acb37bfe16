package se.inkasso.complaints.web.api.command;

import java.util.List;

/** {@code POST /api/cases/assignments}: several cases to one handler, all or none. */
public record Reassign(@Required @MaxLength(60) String handler,
        @NonEmpty @MaxItems(500) List<String> references) {
}

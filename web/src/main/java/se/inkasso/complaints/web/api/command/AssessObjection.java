package se.inkasso.complaints.web.api.command;


/** {@code POST /api/cases/{reference}/objection-assessment} (D7): substantive or not, and why. */
public record AssessObjection(@Required Boolean substantive,
        @Required @MaxLength(2000) String reason) {
}

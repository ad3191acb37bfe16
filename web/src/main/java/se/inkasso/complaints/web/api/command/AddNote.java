package se.inkasso.complaints.web.api.command;


/** {@code POST /api/cases/{reference}/notes}: an internal note, never shown to the debtor. */
public record AddNote(@Required @MaxLength(4000) String text) {
}

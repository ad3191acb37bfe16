package se.inkasso.complaints.web.api.command;

import se.inkasso.complaints.notification.boundary.Conversations;

/** {@code POST /api/cases/{reference}/messages} (D24): a handler's answer to the debtor, shown in Mina sidor. */
public record AnswerDebtor(@Required @MaxLength(Conversations.LONGEST) String text) {
}

package se.inkasso.complaints.web.api;

import java.time.Instant;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.intake.boundary.ContactSubmission;
import se.inkasso.complaints.web.api.command.ContactFields;

/** A contact read from the portal or from a phone call, handed to intake as a submission. */
final class ContactRequests {

    private ContactRequests() {
    }

    static ContactSubmission submission(ContactFields fields, Channel channel, long debtorId, String caller,
            String idempotencyKey, String resolutionNote, Instant receivedAt) {
        return new ContactSubmission(channel, debtorId, fields.claimReference(), fields.types(), fields.category(),
                fields.grounds(), fields.disputedAmount(), fields.description(), fields.remedySought(),
                fields.language(), caller, resolutionNote, idempotencyKey, receivedAt);
    }
}

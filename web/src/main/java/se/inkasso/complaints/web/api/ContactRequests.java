package se.inkasso.complaints.web.api;

import java.time.Instant;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.domain.model.ComplaintCategory;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.ObjectionGrounds;
import se.inkasso.complaints.intake.boundary.ContactSubmission;

/** Reads the fields API.md gives portal and phone intake alike into a submission for intake. */
final class ContactRequests {

    private ContactRequests() {
    }

    /** Reads the fields and reports every error found so far, including the caller's own ({@link JsonFields#done()}). */
    static ContactSubmission submission(JsonFields fields, Channel channel, long debtorId, String caller,
            String idempotencyKey, String resolutionNote, Instant receivedAt) {
        var types = fields.caseTypes("type");
        String claimReference = fields.requiredText("claimReference");
        var category = fields.choice("category", ComplaintCategory.class);
        var grounds = fields.choice("grounds", ObjectionGrounds.class);
        var disputedAmount = fields.money("disputedAmount");
        String description = fields.requiredText("description");
        String remedy = fields.text("remedySought");
        Language language = fields.choice("language", Language.class);
        fields.done();
        return new ContactSubmission(channel, debtorId, claimReference, types, category, grounds, disputedAmount,
                description, remedy, language, caller, resolutionNote, idempotencyKey, receivedAt);
    }
}

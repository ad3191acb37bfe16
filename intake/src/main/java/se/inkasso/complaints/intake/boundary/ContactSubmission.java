package se.inkasso.complaints.intake.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import se.inkasso.complaints.intake.control.Evidence;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.domain.model.ComplaintCategory;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.ObjectionGrounds;
import se.inkasso.complaints.domain.money.Money;

/**
 * A contact as handed in by the portal or by an agent on the phone, already parsed.
 *
 * @param channel         PORTAL or PHONE
 * @param debtorId        the debtor, already identified (logged in, or found by personnummer)
 * @param claimReference  the claim the contact is about
 * @param requestedTypes  COMPLAINT and/or OBJECTION as chosen; may be empty (see Classification)
 * @param category        what a complaint is about; OTHER when a complaint has none
 * @param grounds         why the claim is wrong, for an objection
 * @param disputedAmount  the part of the claim disputed, or null for all of it
 * @param description     the debtor's own words
 * @param remedySought    what the debtor asks for, or null
 * @param language        the language to write to the debtor in, or null for the debtor's own
 * @param caller          who submitted: the debtor's id in the portal, the agent's username on the phone
 * @param resolutionNote  for a phone complaint resolved during the call (D2), what was done; else null
 * @param idempotencyKey  the caller's key for this submission (D5), or null
 * @param receivedAt      when a phone call took place, if registered afterwards; null for now
 * @param attachments     documents sent with the contact (#8), checked by their content
 */
public record ContactSubmission(
        Channel channel,
        long debtorId,
        String claimReference,
        Set<CaseType> requestedTypes,
        ComplaintCategory category,
        ObjectionGrounds grounds,
        Money disputedAmount,
        String description,
        String remedySought,
        Language language,
        String caller,
        String resolutionNote,
        String idempotencyKey,
        Instant receivedAt,
        List<Upload> attachments) {

    public ContactSubmission {
        requestedTypes = Set.copyOf(requestedTypes);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A contact without documents, as on the phone. */
    public ContactSubmission(Channel channel, long debtorId, String claimReference, Set<CaseType> requestedTypes,
            ComplaintCategory category, ObjectionGrounds grounds, Money disputedAmount, String description,
            String remedySought, Language language, String caller, String resolutionNote, String idempotencyKey,
            Instant receivedAt) {
        this(channel, debtorId, claimReference, requestedTypes, category, grounds, disputedAmount, description,
                remedySought, language, caller, resolutionNote, idempotencyKey, receivedAt, List.of());
    }

    /** The same submission with the documents sent along. */
    public ContactSubmission withAttachments(List<Upload> documents) {
        return new ContactSubmission(channel, debtorId, claimReference, requestedTypes, category, grounds,
                disputedAmount, description, remedySought, language, caller, resolutionNote, idempotencyKey, receivedAt,
                documents);
    }

    /** The same submission for a debtor identified after its fields were read (phone intake). */
    public ContactSubmission forDebtor(long identifiedDebtorId) {
        return new ContactSubmission(channel, identifiedDebtorId, claimReference, requestedTypes, category, grounds,
                disputedAmount, description, remedySought, language, caller, resolutionNote, idempotencyKey, receivedAt,
                attachments);
    }

    /** The fields that make two submissions the same request. */
    Object[] content() {
        return new Object[] {channel, debtorId, claimReference, requestedTypes.stream().sorted().toList(), category,
            grounds, disputedAmount, description, remedySought, language, resolutionNote, receivedAt,
            attachments.stream().map(upload -> Evidence.sha256(upload.content())).toList()};
    }
}

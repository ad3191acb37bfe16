package se.inkasso.complaints.web.api.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.FieldError;
import se.inkasso.complaints.domain.identity.Personnummer;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.domain.model.ComplaintCategory;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.ObjectionGrounds;
import se.inkasso.complaints.domain.money.Money;
import se.inkasso.complaints.intake.boundary.TextLimits;

/**
 * {@code POST /api/cases}: an agent records a call. The debtor is named by personnummer; a call
 * resolved there and then carries the agent's note (D2); {@code receivedAt} is when the call came,
 * if it is registered afterwards.
 */
public record RegisterCall(Channel channel,
        @Required @MaxLength(TextLimits.IDENTIFIER) String debtorPersonnummer,
        Instant receivedAt, boolean resolvedOnContact, @MaxLength(TextLimits.RESOLUTION_NOTE) String resolutionNote,
        ContactKind type,
        @Required @MaxLength(TextLimits.IDENTIFIER) String claimReference,
        ComplaintCategory category, ObjectionGrounds grounds, @PositiveAmount Money disputedAmount,
        @Required @MaxLength(TextLimits.DESCRIPTION) String description,
        @MaxLength(TextLimits.REMEDY) String remedySought, Language language) implements ContactFields, CrossChecked {

    @Override
    public List<FieldError> crossCheck() {
        List<FieldError> errors = new ArrayList<>();
        if (channel != null && channel != Channel.PHONE) {
            errors.add(new FieldError("channel", "intake.phone-only"));
        }
        if (!resolvedOnContact && resolutionNote != null) {
            errors.add(new FieldError("resolutionNote", "intake.note-without-resolution"));
        }
        if (debtorPersonnummer != null) {
            try {
                Personnummer.parse(debtorPersonnummer);
            } catch (DomainException invalid) {
                errors.add(new FieldError("debtorPersonnummer", invalid.key(), invalid.arguments().toArray()));
            }
        }
        return errors;
    }

    /** The debtor's personnummer; call only on a request that passed its checks. */
    public Personnummer personnummer() {
        return Personnummer.parse(debtorPersonnummer);
    }

    /** The agent's note of what was agreed, when the call resolved the matter (D2); else null. */
    public String agreedResolution() {
        return resolvedOnContact ? (resolutionNote == null ? "" : resolutionNote) : null;
    }
}

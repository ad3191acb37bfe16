package se.inkasso.complaints.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.FieldError;
import se.inkasso.complaints.domain.InvalidFieldsException;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.event.CaseReceived;
import se.inkasso.complaints.domain.model.CaseRequest;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.domain.model.Claim;
import se.inkasso.complaints.domain.model.ComplaintCategory;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.repository.ClaimRepository;
import se.inkasso.complaints.intake.boundary.ContactSubmission;
import se.inkasso.complaints.intake.boundary.Receipt;
import se.inkasso.complaints.intake.boundary.TextLimits;
import se.inkasso.complaints.intake.control.AttachmentRepository;
import se.inkasso.complaints.intake.control.ContactRepository;
import se.inkasso.complaints.intake.entity.Attachment;
import se.inkasso.complaints.intake.entity.Contact;

/**
 * Checks a contact, records it and hands each of its cases to casework as {@link CaseReceived}, in
 * one transaction: a contact becomes all of its cases or none of them.
 */
@ApplicationScoped
public class ContactRegistration {

    @Inject
    ClaimRepository claims;

    @Inject
    ContactRepository contacts;

    @Inject
    AttachmentRepository attachments;

    @Inject
    Event<CaseReceived> caseReceived;

    /** How long after a call it may still be registered with the time it came (D1, D5). */
    @Inject
    @ConfigProperty(name = "complaints.intake.received-days-back", defaultValue = "90")
    int receivedDaysBack;

    Clock clock = Clock.systemUTC();

    @Transactional
    public Receipt register(ContactSubmission submission, String fingerprint) {
        Set<CaseType> types = Classification.of(submission.requestedTypes(), submission.category(),
                submission.grounds());
        checkFields(submission, types);
        List<Evidence.Checked> documents = Evidence.check(submission.attachments());
        Claim claim = claims.findByReference(submission.claimReference())
                .filter(found -> found.debtor().id() == submission.debtorId())
                .orElseThrow(() -> DomainException.about("claimReference", "intake.claim-unknown",
                        submission.claimReference()));
        requireAfterRegistration(submission, claim);
        if (submission.disputedAmount() != null) {
            claim.requireDisputable(submission.disputedAmount());
        }
        Instant receivedAt = submission.receivedAt() != null ? submission.receivedAt() : clock.instant();
        Contact contact = contacts.add(new Contact(submission.channel(), submission.debtorId(), submission.caller(),
                submission.idempotencyKey(), fingerprint, receivedAt));
        // the unique (caller, idempotency key) index stops a concurrent repeat here, before any case
        contacts.flush();
        documents.forEach(document -> attachments.add(new Attachment(contact.id(), document.fileName(),
                document.mediaType(), document.content(), document.sha256(), receivedAt)));
        Language language = submission.language() != null ? submission.language() : claim.debtor().language();
        String registeredBy = submission.channel() == Channel.PORTAL ? "debtor" : submission.caller();
        for (CaseType type : types) {
            caseReceived.fire(new CaseReceived(contact.id(), submission.debtorId(), claim.id(),
                    request(type, submission, language, receivedAt), registeredBy, submission.resolutionNote()));
        }
        return new Receipt(contact.id(), false);
    }

    /** The earlier contact with the caller's key, if any; refused when the content differs (D5). */
    @Transactional
    public Optional<Receipt> repeatOf(String caller, String idempotencyKey, String fingerprint) {
        return contacts.findByIdempotencyKey(caller, idempotencyKey).map(earlier -> {
            if (!earlier.requestHash().equals(fingerprint)) {
                throw DomainException.about("Idempotency-Key", "intake.key-reused", idempotencyKey);
            }
            return new Receipt(earlier.id(), true);
        });
    }

    private static CaseRequest request(CaseType type, ContactSubmission submission, Language language,
            Instant receivedAt) {
        boolean complaint = type == CaseType.COMPLAINT;
        return new CaseRequest(type, submission.channel(),
                complaint ? (submission.category() != null ? submission.category() : ComplaintCategory.OTHER) : null,
                complaint ? null : submission.grounds(),
                complaint ? null : submission.disputedAmount(),
                submission.description().strip(), blankToNull(submission.remedySought()), language, receivedAt);
    }

    private void checkFields(ContactSubmission submission, Set<CaseType> types) {
        List<FieldError> errors = new ArrayList<>();
        String description = submission.description();
        if (description == null || description.isBlank()) {
            errors.add(new FieldError("description", "intake.description-missing"));
        } else if (description.strip().length() > TextLimits.DESCRIPTION) {
            errors.add(new FieldError("description", "intake.too-long", TextLimits.DESCRIPTION));
        }
        if (submission.remedySought() != null && submission.remedySought().strip().length() > TextLimits.REMEDY) {
            errors.add(new FieldError("remedySought", "intake.too-long", TextLimits.REMEDY));
        }
        if (submission.disputedAmount() != null && !types.contains(CaseType.OBJECTION)) {
            errors.add(new FieldError("disputedAmount", "intake.amount-without-objection"));
        }
        if (submission.idempotencyKey() != null
                && (submission.idempotencyKey().isBlank() || submission.idempotencyKey().length() > TextLimits.IDEMPOTENCY_KEY)) {
            errors.add(new FieldError("Idempotency-Key", "intake.key-length", TextLimits.IDEMPOTENCY_KEY));
        }
        checkResolution(submission, types, errors);
        if (submission.receivedAt() != null && submission.receivedAt().isAfter(clock.instant().plusSeconds(60))) {
            errors.add(new FieldError("receivedAt", "intake.received-future"));
        }
        // a call registered long afterwards would be overdue at once and carry a reference of that year
        if (submission.channel() == Channel.PHONE && submission.receivedAt() != null
                && submission.receivedAt().isBefore(clock.instant().minus(Duration.ofDays(receivedDaysBack)))) {
            errors.add(new FieldError("receivedAt", "intake.received-too-early", receivedDaysBack));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }

    /** A call about a claim cannot have come before the creditor handed the claim to the agency. */
    private static void requireAfterRegistration(ContactSubmission submission, Claim claim) {
        Optional<LocalDate> registered = claim.registeredOn();
        if (submission.channel() == Channel.PHONE && submission.receivedAt() != null && registered.isPresent()
                && submission.receivedAt().isBefore(registered.get().atStartOfDay(BusinessCalendar.ZONE).toInstant())) {
            throw new InvalidFieldsException("receivedAt", "intake.received-before-claim", claim.reference(),
                    registered.get().toString());
        }
    }

    private static void checkResolution(ContactSubmission submission, Set<CaseType> types, List<FieldError> errors) {
        String note = submission.resolutionNote();
        if (note == null) {
            return;
        }
        if (submission.channel() != Channel.PHONE) {
            errors.add(new FieldError("resolvedOnContact", "intake.resolution-phone-only"));
        } else if (types.contains(CaseType.OBJECTION)) {
            // an objection needs its assessment (D7) and keeps collection on hold meanwhile (D6)
            errors.add(new FieldError("resolvedOnContact", "intake.resolution-objection"));
        } else if (note.isBlank()) {
            errors.add(new FieldError("resolutionNote", "intake.resolution-note-missing"));
        } else if (note.length() > TextLimits.RESOLUTION_NOTE) {
            errors.add(new FieldError("resolutionNote", "intake.too-long", TextLimits.RESOLUTION_NOTE));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

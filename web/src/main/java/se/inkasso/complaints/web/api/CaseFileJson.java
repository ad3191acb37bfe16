package se.inkasso.complaints.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import se.inkasso.complaints.casework.boundary.CaseFile;
import se.inkasso.complaints.casework.boundary.CaseFiles;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.json.JsonBuilders;
import se.inkasso.complaints.domain.repository.ClaimRepository;
import se.inkasso.complaints.escalation.boundary.Referrals;
import se.inkasso.complaints.escalation.boundary.Reviews;
import se.inkasso.complaints.intake.boundary.Attachments;
import se.inkasso.complaints.notification.boundary.Conversations;
import se.inkasso.complaints.notification.boundary.InboxMessage;
import se.inkasso.complaints.notification.boundary.LetterInfo;
import se.inkasso.complaints.notification.boundary.Letters;

/**
 * A case file in the JSON of API.md, from casework's {@link CaseFile} with the letters, reviews
 * and referrals beside it: for staff everything, for the debtor what {@link CaseFile#forDebtor()}
 * leaves them. Money is a decimal string; a staff view never shows the full personnummer (D21).
 */
@ApplicationScoped
public class CaseFileJson {

    @Inject
    CaseFiles caseFiles;

    @Inject
    ClaimRepository claims;

    @Inject
    Views views;

    @Inject
    Letters letters;

    @Inject
    Reviews reviews;

    @Inject
    Referrals referrals;

    @Inject
    Conversations conversations;

    @Inject
    Attachments attachments;

    /** A representation and the version of the case it shows (for ETag / If-Match). */
    public record Versioned(JsonObject json, long version) {
    }

    /** A case for staff with its version, read in a transaction of its own; a malformed reference is not found. */
    @Transactional
    public Optional<Versioned> staff(String reference) {
        try {
            return caseFiles.find(new CaseReference(reference)).map(file -> new Versioned(staff(file), file.version()));
        } catch (DomainException malformed) {
            return Optional.empty();
        }
    }

    /** A case as its debtor sees it: status, dates, the steps meant for them, letters, reviews. */
    public JsonObject debtor(CaseFile file) {
        CaseFile told = file.forDebtor();
        return base(told)
                .add("timeline", timeline(told, false))
                .add("letters", letters(told, "portal/letters/"))
                .add("reviews", reviews(told, false))
                .add("messages", messages(told, false))
                .build();
    }

    /**
     * The answer to a submitted contact: the first case at the top level, all cases under
     * {@code cases}; to a debtor as they see their cases.
     */
    @Transactional
    public JsonObject receipt(String contactId, boolean repeated, boolean toDebtor) {
        List<CaseFile> registered = caseFiles.ofContact(contactId).stream()
                .map(file -> toDebtor ? file.forDebtor() : file).toList();
        JsonArrayBuilder all = JsonBuilders.array();
        registered.forEach(file -> all.add(base(file)));
        return base(registered.get(0)).add("cases", all).add("repeated", repeated).build();
    }

    private JsonObject staff(CaseFile file) {
        CaseFile.Handling handling = file.handling();
        JsonObjectBuilder json = base(file)
                .add("version", file.version())
                .add("queue", file.queue())
                .add("policyVersion", file.policyVersion())
                .add("debtor", JsonBuilders.object().add("name", file.debtor().name())
                        .add("personnummer", file.debtor().maskedPersonnummer()))
                .add("claim", views.staffClaim(claims.find(file.claim().id()).orElseThrow()))
                .add("timeline", timeline(file, true))
                .add("letters", letters(file, "letters/"))
                .add("reviews", reviews(file, true))
                .add("referrals", referrals(file))
                .add("messages", messages(file, true));
        add(json, "due", file.due());
        add(json, "handler", file.handler());
        add(json, "subjectStaff", file.subjectStaff());
        add(json, "creditorPositionDue", handling.creditorPositionDue());
        add(json, "assessmentReason", handling.assessmentReason());
        add(json, "rootCause", handling.rootCause());
        if (handling.correctiveAction() != null) {
            JsonObjectBuilder corrective = JsonBuilders.object().add("description", handling.correctiveAction())
                    .add("done", handling.correctiveDone());
            add(corrective, "owner", handling.correctiveActionOwner());
            add(corrective, "due", handling.correctiveActionDue());
            json.add("correctiveAction", corrective);
        }
        add(json, "closedAt", handling.closedAt());
        return json.build();
    }

    private static JsonObjectBuilder base(CaseFile file) {
        JsonObjectBuilder json = JsonBuilders.object()
                .add("reference", file.reference())
                .add("type", file.type().name())
                .add("status", file.status().name())
                .add("channel", file.channel().name())
                .add("claimReference", file.claim().reference())
                .add("language", file.language().code())
                .add("receivedAt", file.receivedAt().toString())
                .add("acknowledgementDue", file.deadlines().acknowledgementDue().toString())
                .add("responseDue", file.deadlines().responseDue().toString())
                .add("responseCeiling", file.deadlines().responseCeiling().toString())
                .add("description", file.description());
        add(json, "category", file.category());
        add(json, "grounds", file.grounds());
        add(json, "disputedAmount", file.disputedAmount() == null ? null : decimal(file.disputedAmount()));
        add(json, "remedySought", file.remedySought());
        if (file.handling().substantive() != null) {
            json.add("substantive", file.handling().substantive());
        }
        add(json, "objectionOutcome", file.handling().objectionOutcome());
        add(json, "outcomeNote", file.handling().outcomeNote());
        JsonArrayBuilder linked = JsonBuilders.array();
        file.linkedCases().forEach(linked::add);
        JsonArrayBuilder allowed = JsonBuilders.array();
        file.allowedActions().stream().map(Enum::name).sorted().forEach(allowed::add);
        return json.add("linkedCases", linked).add("allowedActions", allowed);
    }

    private JsonArrayBuilder reviews(CaseFile file, boolean staff) {
        JsonArrayBuilder list = JsonBuilders.array();
        reviews.ofCase(file.id()).forEach(review -> list.add(EscalationJson.review(review, file.reference(), staff)));
        return list;
    }

    /** The conversation about a case (D24), oldest first; staff see who wrote each answer. */
    private JsonArrayBuilder messages(CaseFile file, boolean staff) {
        JsonArrayBuilder list = JsonBuilders.array();
        conversations.ofCase(file.id()).forEach(message -> list.add(message(message, staff)));
        return list;
    }

    /** One message either way, with the documents the debtor sent with it. */
    public JsonObject message(InboxMessage message, boolean staff) {
        JsonObjectBuilder json = JsonBuilders.object().add("id", message.id())
                .add("direction", message.direction().name()).add("text", message.body())
                .add("at", message.createdAt().toString());
        if (staff) {
            json.add("by", message.fromDebtor() ? "debtor" : message.author());
        }
        JsonArrayBuilder documents = JsonBuilders.array();
        if (message.contactId() != null) {
            attachments.ofContact(message.contactId()).forEach(document -> documents.add(JsonBuilders.object()
                    .add("id", document.id()).add("fileName", document.fileName())
                    .add("mediaType", document.mediaType()).add("size", document.sizeBytes())));
        }
        return json.add("documents", documents).build();
    }

    private JsonArrayBuilder referrals(CaseFile file) {
        JsonArrayBuilder list = JsonBuilders.array();
        referrals.ofCase(file.id()).forEach(referral -> list.add(EscalationJson.referral(referral, file.reference())));
        return list;
    }

    /** The letters sent about a case, each with where its PDF is ({@code /api/...}). */
    private JsonArrayBuilder letters(CaseFile file, String path) {
        JsonArrayBuilder list = JsonBuilders.array();
        for (LetterInfo letter : letters.ofCase(file.id())) {
            list.add(views.letter(letter, path));
        }
        return list;
    }

    private static JsonArrayBuilder timeline(CaseFile file, boolean withActor) {
        JsonArrayBuilder steps = JsonBuilders.array();
        file.timeline().forEach(entry -> {
            JsonObjectBuilder step = JsonBuilders.object().add("at", entry.at().toString())
                    .add("step", entry.step().code());
            if (withActor) {
                step.add("actor", entry.actor());
            }
            add(step, "detail", entry.detail());
            steps.add(step);
        });
        return steps;
    }

    private static void add(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }

    private static String decimal(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }
}

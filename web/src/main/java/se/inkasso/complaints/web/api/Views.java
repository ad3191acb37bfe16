package se.inkasso.complaints.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.inkasso.complaints.casework.boundary.DueStates;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.json.JsonBuilders;
import se.inkasso.complaints.domain.model.Case;
import se.inkasso.complaints.domain.model.Claim;
import se.inkasso.complaints.domain.model.CollectionHold;
import se.inkasso.complaints.domain.model.FinalResponse;
import se.inkasso.complaints.domain.model.ScamReport;
import se.inkasso.complaints.domain.model.TimelineEntry;
import se.inkasso.complaints.domain.money.Money;
import se.inkasso.complaints.domain.repository.CaseRepository;
import se.inkasso.complaints.domain.repository.QueuePage;
import se.inkasso.complaints.escalation.boundary.Referrals;
import se.inkasso.complaints.escalation.boundary.Reviews;
import se.inkasso.complaints.notification.boundary.LetterInfo;
import se.inkasso.complaints.notification.boundary.Letters;

/**
 * The JSON shapes of API.md. Money is a decimal string with its currency; a debtor's view never
 * shows staff names or steps not meant for them, a staff view never the full personnummer (D21).
 */
@ApplicationScoped
public class Views {

    @Inject
    @ConfigProperty(name = "complaints.agency.bankgiro", defaultValue = "5050-1055")
    String bankgiro;

    @Inject
    CaseRepository cases;

    @Inject
    Letters letters;

    @Inject
    Reviews reviews;

    @Inject
    Referrals referrals;

    @Inject
    BusinessCalendar calendar;

    @Inject
    DueStates dueStates;

    /** A claim as its debtor sees it in the portal, with how to pay safely (D22). */
    public JsonObject portalClaim(Claim claim) {
        return claimBase(claim).build();
    }

    /** A claim for staff and creditors' systems: with its holds and the cases that placed them. */
    public JsonObject staffClaim(Claim claim) {
        JsonArrayBuilder holds = JsonBuilders.array();
        Map<Long, CaseReference> holding = cases.referencesOf(
                claim.holds().stream().map(CollectionHold::caseId).collect(Collectors.toSet()));
        claim.holds().stream().sorted(Comparator.comparing(CollectionHold::placedAt)).forEach(hold -> {
            JsonObjectBuilder json = JsonBuilders.object()
                    .add("caseReference", holding.get(hold.caseId()).value())
                    .add("placedAt", hold.placedAt().toString())
                    .add("active", hold.isActive());
            hold.amount().ifPresentOrElse(amount -> json.add("amount", amount.amount().toPlainString()),
                    () -> json.add("wholeClaim", true));
            hold.liftedAt().ifPresent(at -> json.add("liftedAt", at.toString()));
            hold.liftReason().ifPresent(reason -> json.add("liftReason", reason));
            holds.add(json);
        });
        return claimBase(claim).add("debtorName", claim.debtor().name())
                .add("debtorPersonnummer", claim.debtor().personnummer().masked())
                .add("holds", holds).build();
    }

    private JsonObjectBuilder claimBase(Claim claim) {
        return JsonBuilders.object()
                .add("reference", claim.reference())
                .add("creditor", claim.creditor().name())
                .add("principal", decimal(claim.principal()))
                .add("interest", decimal(claim.interest()))
                .add("fees", decimal(claim.fees()))
                .add("paid", decimal(claim.paid()))
                .add("balance", decimal(claim.balance()))
                .add("currency", claim.balance().currency().getCurrencyCode())
                .add("ocrReference", claim.ocrReference().value())
                .add("bankgiro", bankgiro)
                .add("dueDate", claim.dueDate().toString())
                .add("collectionStatus", claim.collectionStatus().name());
    }

    /** A case as its debtor sees it: status, dates, the steps meant for them, letters. */
    public JsonObject portalCase(Case caseFile) {
        return caseBase(caseFile)
                .add("timeline", timeline(caseFile.timeline(), TimelineEntry::visibleToDebtor, false))
                .add("letters", letters(caseFile, "portal/letters/"))
                .add("reviews", reviews(caseFile, false))
                .build();
    }

    /** A case for staff with its version, read in a transaction of its own. */
    @Transactional
    public Optional<Versioned> staffCase(String reference) {
        return CaseReferences.find(cases, reference)
                .map(caseFile -> new Versioned(staffCase(caseFile), caseFile.version()));
    }

    /** A representation and the version of the aggregate it shows (for ETag / If-Match). */
    public record Versioned(JsonObject json, long version) {
    }

    /** A case for staff: everything, with the claim's hold state and the linked cases. */
    public JsonObject staffCase(Case caseFile) {
        JsonObjectBuilder json = caseBase(caseFile)
                .add("version", caseFile.version())
                .add("queue", caseFile.queue())
                .add("policyVersion", caseFile.policyVersion())
                .add("debtor", JsonBuilders.object().add("name", caseFile.debtor().name())
                        .add("personnummer", caseFile.debtor().personnummer().masked()))
                .add("claim", staffClaim(caseFile.claim()))
                .add("timeline", timeline(caseFile.timeline(), entry -> true, true))
                .add("letters", letters(caseFile, "letters/"))
                .add("reviews", reviews(caseFile, true))
                .add("referrals", referrals(caseFile));
        caseFile.handler().ifPresent(handler -> json.add("handler", handler));
        caseFile.subjectStaff().ifPresent(subject -> json.add("subjectStaff", subject));
        caseFile.creditorPositionDue().ifPresent(due -> json.add("creditorPositionDue", due.toString()));
        caseFile.assessmentReason().ifPresent(reason -> json.add("assessmentReason", reason));
        caseFile.rootCause().ifPresent(cause -> json.add("rootCause", cause));
        caseFile.corrective().ifPresent(action -> {
            JsonObjectBuilder corrective = JsonBuilders.object().add("description", action.description())
                    .add("done", action.done());
            if (action.owner() != null) {
                corrective.add("owner", action.owner());
            }
            if (action.due() != null) {
                corrective.add("due", action.due().toString());
            }
            json.add("correctiveAction", corrective);
        });
        caseFile.closedAt().ifPresent(at -> json.add("closedAt", at.toString()));
        return json.build();
    }

    /** The answer to a submitted contact: the first case at the top level, all cases under {@code cases}. */
    @Transactional
    public JsonObject receipt(String contactId, boolean repeated) {
        List<Case> registered = cases.findByContact(contactId);
        JsonArrayBuilder all = JsonBuilders.array();
        registered.forEach(caseFile -> all.add(caseBase(caseFile)));
        return caseBase(registered.get(0)).add("cases", all).add("repeated", repeated).build();
    }

    /** A page of a queue, each row with a badge of how its response target stands. */
    public JsonObject queue(QueuePage page, int pageNumber, int pageSize) {
        LocalDate today = LocalDate.now(BusinessCalendar.ZONE);
        JsonArrayBuilder items = JsonBuilders.array();
        page.items().forEach(row -> {
            JsonObjectBuilder item = JsonBuilders.object()
                    .add("reference", row.reference().value())
                    .add("type", row.type().name())
                    .add("status", row.status().name())
                    .add("channel", row.channel().name())
                    .add("language", row.language().code())
                    .add("debtor", JsonBuilders.object().add("name", row.debtorName())
                            .add("personnummer", row.debtorPersonnummer().masked()))
                    .add("creditor", JsonBuilders.object().add("id", row.creditorId())
                            .add("name", row.creditorName()))
                    .add("receivedAt", row.receivedAt().toString())
                    .add("acknowledgementDue", row.acknowledgementDue().toString())
                    .add("responseDue", row.responseDue().toString())
                    .add("due", dueStates.of(row.responseDue(), today).name())
                    .add("queue", row.queue())
                    .add("version", row.version());
            if (row.handler() != null) {
                item.add("handler", row.handler());
            }
            items.add(item);
        });
        return JsonBuilders.object().add("items", items).add("total", page.total()).add("page", pageNumber)
                .add("size", pageSize).build();
    }

    /** A response with its content checklist: each problem named in the reader's language. */
    public JsonObject response(FinalResponse response, List<String> problems, Locale locale) {
        JsonArrayBuilder missing = JsonBuilders.array();
        problems.forEach(key -> missing.add(JsonBuilders.object().add("check", key)
                .add("message", DomainException.format(locale, key))));
        JsonObjectBuilder json = JsonBuilders.object()
                .add("id", response.id())
                .add("decision", response.decision().name())
                .add("language", response.language().code())
                .add("statesFreeOfCharge", response.statesFreeOfCharge())
                .add("statesOnwardRoutes", response.statesOnwardRoutes())
                .add("draftedBy", response.draftedBy())
                .add("draftedAt", response.draftedAt().toString())
                .add("sendable", problems.isEmpty())
                .add("missing", missing);
        response.reasons().ifPresent(reasons -> json.add("reasons", reasons));
        response.redress().ifPresent(redress -> json.add("redress", redress));
        response.redressAmount().ifPresent(amount -> json.add("redressAmount", decimal(amount)));
        response.sentAt().ifPresent(at -> json.add("sentAt", at.toString()));
        return json.build();
    }

    public JsonObject scamReport(ScamReport report) {
        JsonObjectBuilder json = JsonBuilders.object()
                .add("id", report.id())
                .add("reportedAt", report.reportedAt().toString())
                .add("sender", report.sender())
                .add("text", report.text());
        report.messageReceivedAt().ifPresent(at -> json.add("receivedAt", at.toString()));
        return json.build();
    }

    private static JsonObjectBuilder caseBase(Case caseFile) {
        JsonObjectBuilder json = JsonBuilders.object()
                .add("reference", caseFile.reference().value())
                .add("type", caseFile.type().name())
                .add("status", caseFile.status().name())
                .add("channel", caseFile.channel().name())
                .add("claimReference", caseFile.claim().reference())
                .add("language", caseFile.language().code())
                .add("receivedAt", caseFile.receivedAt().toString())
                .add("acknowledgementDue", caseFile.deadlines().acknowledgementDue().toString())
                .add("responseDue", caseFile.deadlines().responseDue().toString())
                .add("responseCeiling", caseFile.deadlines().responseCeiling().toString())
                .add("description", caseFile.description());
        caseFile.category().ifPresent(category -> json.add("category", category.name()));
        caseFile.grounds().ifPresent(grounds -> json.add("grounds", grounds.name()));
        caseFile.disputedAmount().ifPresent(amount -> json.add("disputedAmount", decimal(amount)));
        caseFile.remedySought().ifPresent(remedy -> json.add("remedySought", remedy));
        caseFile.substantive().ifPresent(substantive -> json.add("substantive", substantive));
        caseFile.objectionOutcome().ifPresent(outcome -> json.add("objectionOutcome", outcome.name()));
        caseFile.outcomeNote().ifPresent(note -> json.add("outcomeNote", note));
        JsonArrayBuilder linked = JsonBuilders.array();
        caseFile.linkedCases().stream().map(other -> other.reference().value()).sorted().forEach(linked::add);
        return json.add("linkedCases", linked);
    }

    private JsonArrayBuilder reviews(Case caseFile, boolean staff) {
        JsonArrayBuilder list = JsonBuilders.array();
        reviews.ofCase(caseFile.id())
                .forEach(review -> list.add(EscalationJson.review(review, caseFile.reference().value(), staff)));
        return list;
    }

    private JsonArrayBuilder referrals(Case caseFile) {
        JsonArrayBuilder list = JsonBuilders.array();
        referrals.ofCase(caseFile.id())
                .forEach(referral -> list.add(EscalationJson.referral(referral, caseFile.reference().value())));
        return list;
    }

    /** The letters sent about a case, each with where its PDF is ({@code /api/...}). */
    private JsonArrayBuilder letters(Case caseFile, String path) {
        JsonArrayBuilder list = JsonBuilders.array();
        for (LetterInfo letter : letters.ofCase(caseFile.id())) {
            list.add(letter(letter, path));
        }
        return list;
    }

    public JsonObjectBuilder letter(LetterInfo letter, String path) {
        return JsonBuilders.object().add("id", letter.id()).add("kind", letter.kind())
                .add("language", letter.language()).add("title", letter.title()).add("pages", letter.pages())
                .add("postal", letter.postal()).add("sentAt", letter.createdAt().toString())
                .add("href", "/api/" + path + letter.id());
    }

    private static JsonArrayBuilder timeline(List<TimelineEntry> entries, Predicate<TimelineEntry> shown,
            boolean withActor) {
        JsonArrayBuilder steps = JsonBuilders.array();
        entries.stream().filter(shown).forEach(entry -> {
            JsonObjectBuilder step = JsonBuilders.object().add("at", entry.at().toString()).add("step", entry.step().code());
            if (withActor) {
                step.add("actor", entry.actor());
            }
            entry.detail().ifPresent(detail -> step.add("detail", detail));
            steps.add(step);
        });
        return steps;
    }

    private static String decimal(Money money) {
        return money.amount().toPlainString();
    }
}

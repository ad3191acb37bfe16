package se.inkasso.complaints.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.inkasso.complaints.casework.boundary.DueStates;
import se.inkasso.complaints.casework.boundary.QueuePage;
import se.inkasso.complaints.casework.boundary.ResponseDraft;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.casefile.CaseLookup;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.json.JsonBuilders;
import se.inkasso.complaints.domain.model.Claim;
import se.inkasso.complaints.domain.model.CollectionHold;
import se.inkasso.complaints.domain.money.Money;
import se.inkasso.complaints.intake.boundary.ScamReportInfo;
import se.inkasso.complaints.notification.boundary.LetterInfo;

/**
 * The JSON shapes of API.md other than the case file ({@link CaseFileJson}): claims, the queue,
 * responses with their checklist, scam reports, letters. Money is a decimal string with its
 * currency; a staff view never shows the full personnummer (D21).
 */
@ApplicationScoped
public class Views {

    @Inject
    @ConfigProperty(name = "complaints.agency.bankgiro", defaultValue = "5050-1055")
    String bankgiro;

    @Inject
    CaseLookup cases;

    @Inject
    DueStates dueStates;

    /** A claim as its debtor sees it in the portal, with how to pay safely (D22). */
    public JsonObject portalClaim(Claim claim) {
        return claimBase(claim).build();
    }

    /** A claim for staff and creditors' systems: with its holds and the cases that placed them. */
    public JsonObject staffClaim(Claim claim) {
        JsonArrayBuilder holds = JsonBuilders.array();
        Map<Long, CaseReference> holding = cases.references(
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

    /** A drafted response with its content checklist: each problem named in the reader's language. */
    public JsonObject response(ResponseDraft response, Locale locale) {
        JsonArrayBuilder missing = JsonBuilders.array();
        response.problems().forEach(key -> missing.add(JsonBuilders.object().add("check", key)
                .add("message", DomainException.format(locale, key))));
        JsonObjectBuilder json = JsonBuilders.object()
                .add("id", response.id())
                .add("decision", response.decision().name())
                .add("language", response.language().code())
                .add("statesFreeOfCharge", response.statesFreeOfCharge())
                .add("statesOnwardRoutes", response.statesOnwardRoutes())
                .add("draftedBy", response.draftedBy())
                .add("draftedAt", response.draftedAt().toString())
                .add("sendable", response.sendable())
                .add("missing", missing);
        if (response.reasons() != null) {
            json.add("reasons", response.reasons());
        }
        if (response.redress() != null) {
            json.add("redress", response.redress());
        }
        if (response.redressAmount() != null) {
            json.add("redressAmount", decimal(response.redressAmount()));
        }
        return json.build();
    }

    public JsonObject scamReport(ScamReportInfo report) {
        JsonObjectBuilder json = JsonBuilders.object()
                .add("id", report.id())
                .add("reportedAt", report.reportedAt().toString())
                .add("sender", report.sender())
                .add("text", report.text());
        report.receivedAt().ifPresent(at -> json.add("receivedAt", at.toString()));
        return json.build();
    }

    public JsonObjectBuilder letter(LetterInfo letter, String path) {
        return JsonBuilders.object().add("id", letter.id()).add("kind", letter.kind())
                .add("language", letter.language()).add("title", letter.title()).add("pages", letter.pages())
                .add("postal", letter.postal()).add("sentAt", letter.createdAt().toString())
                .add("href", "/api/" + path + letter.id());
    }

    private static String decimal(Money money) {
        return money.amount().toPlainString();
    }
}

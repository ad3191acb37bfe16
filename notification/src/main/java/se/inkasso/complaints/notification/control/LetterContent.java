package se.inkasso.complaints.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import se.inkasso.complaints.domain.json.JsonBuilders;
import se.inkasso.complaints.domain.casefile.CaseFacts;
import se.inkasso.complaints.domain.casefile.CaseLookup;
import se.inkasso.complaints.domain.casefile.ResponseFacts;
import se.inkasso.complaints.domain.model.Debtor;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.LetterKind;
import se.inkasso.complaints.domain.text.Formats;
import se.inkasso.complaints.notification.entity.Notification;

/**
 * The facts a letter states, gathered when it is made: the case, the claim and the debtor as they
 * are now, and what the decision recorded in the outbox (dates, reasons, outcome). Text that people
 * wrote is kept literal; dates and amounts are written the way the reader's language writes them.
 */
@ApplicationScoped
public class LetterContent {

    private static final Set<String> DATES = Set.of("missedDue", "newDue", "creditorPositionDue", "reviewDue", "withdrawnDate");
    private static final Set<String> TEXTS = Set.of("reason", "note", "reasons", "redress", "resolutionNote");

    @Inject
    CaseLookup cases;

    public Recipient recipient(Debtor debtor) {
        var address = debtor.address();
        return address == null ? new Recipient(debtor.name(), null, null, null)
                : new Recipient(debtor.name(), address.street(), address.postalCode(), address.city());
    }

    public Map<String, Object> facts(Notification notification, CaseFacts caseFile) {
        Language language = notification.language();
        Map<String, Object> facts = new HashMap<>();
        facts.put("caseReference", caseFile.reference().value());
        facts.put("claimReference", caseFile.claimReference());
        facts.put("creditor", caseFile.creditorName());
        facts.put("receivedDate", Formats.date(caseFile.receivedAt(), language));
        facts.put("responseDue", Formats.date(caseFile.deadlines().responseDue(), language));
        facts.put("ceilingDate", Formats.date(caseFile.deadlines().responseCeiling(), language));
        caseFile.disputedAmount().ifPresent(amount -> facts.put("disputedAmount", Formats.money(amount.amount(), language)));
        if (notification.kind() == LetterKind.RESOLUTION_ON_CONTACT) {
            cases.resolutionNote(caseFile.id())
                    .ifPresent(note -> facts.put("resolutionNote", LetterMarkup.literal(note)));
        }
        JsonObject payload = JsonBuilders.reader(new StringReader(notification.payload())).readObject();
        for (var field : payload.entrySet()) {
            String name = field.getKey();
            String value = ((JsonString) field.getValue()).getString();
            if (DATES.contains(name)) {
                facts.put(name, Formats.date(LocalDate.parse(value), language));
            } else if (TEXTS.contains(name)) {
                facts.put(name, LetterMarkup.literal(value));
            } else if (name.equals("substantive")) {
                facts.put(name, Boolean.valueOf(value));
            } else if (name.equals("responseId")) {
                response(Long.parseLong(value), facts, language);
            } else {
                facts.put(name, value);
            }
        }
        return facts;
    }

    private void response(long responseId, Map<String, Object> facts, Language language) {
        ResponseFacts response = cases.response(responseId).orElseThrow();
        facts.put("decision", response.decision().name());
        response.reasons().ifPresent(reasons -> facts.put("reasons", LetterMarkup.literal(reasons)));
        response.redress().ifPresent(redress -> facts.put("redress", LetterMarkup.literal(redress)));
        response.redressAmount().ifPresent(amount -> facts.put("redressAmount", Formats.money(amount.amount(), language)));
    }
}

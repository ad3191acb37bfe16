package se.inkasso.complaints.web.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.inkasso.complaints.casework.boundary.CaseFile;
import se.inkasso.complaints.casework.boundary.CaseFiles;
import se.inkasso.complaints.domain.json.JsonBuilders;
import se.inkasso.complaints.domain.model.Claim;
import se.inkasso.complaints.domain.model.Debtor;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.PostalAddress;
import se.inkasso.complaints.domain.repository.ClaimRepository;
import se.inkasso.complaints.domain.text.Formats;
import se.inkasso.complaints.escalation.boundary.ReviewInfo;
import se.inkasso.complaints.escalation.boundary.Reviews;
import se.inkasso.complaints.intake.boundary.AttachmentInfo;
import se.inkasso.complaints.intake.boundary.Attachments;
import se.inkasso.complaints.notification.boundary.Inbox;
import se.inkasso.complaints.notification.boundary.InboxMessage;
import se.inkasso.complaints.notification.boundary.LetterInfo;
import se.inkasso.complaints.notification.boundary.Letters;
import se.inkasso.complaints.notification.boundary.Printouts;

/**
 * The register extract (D29, GDPR Article 15): everything the agency holds about a debtor, read
 * in one transaction from every module that holds some of it: as JSON, complete and with codes
 * for machines, and as a PDF in the debtor's language, in words. The debtor sees their cases as
 * the portal shows them: their own words, the steps meant for them, the letters, messages,
 * documents and reviews.
 */
@ApplicationScoped
public class RegisterExtract {

    /** Every message there is; a debtor with more has a case of its own for us. */
    private static final int ALL_MESSAGES = 10_000;

    @Inject
    ClaimRepository claims;

    @Inject
    CaseFiles caseFiles;

    @Inject
    Letters letters;

    @Inject
    Reviews reviews;

    @Inject
    Inbox inbox;

    @Inject
    Attachments attachments;

    @Inject
    Printouts printouts;

    Clock clock = Clock.systemUTC();

    /** What one case holds about the debtor, read once for both forms. */
    private record CaseData(CaseFile file, List<LetterInfo> letters, List<InboxMessage> messages,
            List<AttachmentInfo> documents, List<ReviewInfo> reviews) {
    }

    private record Data(Debtor debtor, List<Claim> claims, List<CaseData> cases, List<InboxMessage> general) {
    }

    @Transactional
    public JsonObject json(Debtor debtor) {
        Data data = read(debtor);
        JsonObjectBuilder person = JsonBuilders.object().add("name", debtor.name())
                .add("personnummer", debtor.personnummer().formatted()).add("language", debtor.language().code())
                .add("emailNotices", debtor.emailConsent());
        debtor.email().ifPresent(email -> person.add("email", email));
        PostalAddress address = debtor.address();
        if (address != null) {
            JsonObjectBuilder postal = JsonBuilders.object();
            put(postal, "street", address.street());
            put(postal, "postalCode", address.postalCode());
            put(postal, "city", address.city());
            person.add("address", postal);
        }
        JsonArrayBuilder claimList = JsonBuilders.array();
        data.claims().forEach(claim -> claimList.add(JsonBuilders.object().add("reference", claim.reference())
                .add("creditor", claim.creditor().name()).add("principal", decimal(claim.principal().amount()))
                .add("interest", decimal(claim.interest().amount())).add("fees", decimal(claim.fees().amount()))
                .add("paid", decimal(claim.paid().amount())).add("balance", decimal(claim.balance().amount()))
                .add("collectionStatus", claim.collectionStatus().name())
                .add("ocrReference", claim.ocrReference().value())));
        JsonArrayBuilder caseList = JsonBuilders.array();
        data.cases().forEach(one -> caseList.add(caseJson(one)));
        JsonArrayBuilder general = JsonBuilders.array();
        data.general().forEach(message -> general.add(messageJson(message)));
        return JsonBuilders.object().add("generatedAt", clock.instant().toString()).add("person", person)
                .add("claims", claimList).add("cases", caseList).add("messages", general).build();
    }

    /** The same, as a PDF in the debtor's language. */
    @Transactional
    public byte[] pdf(Debtor debtor) {
        Data data = read(debtor);
        Language language = debtor.language();
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", debtor.name());
        person.put("personnummer", debtor.personnummer().formatted());
        PostalAddress address = debtor.address();
        if (address != null && address.street() != null) {
            person.put("address", address.street() + ", " + address.postalCode() + " " + address.city());
        }
        debtor.email().ifPresent(email -> person.put("email", email));
        person.put("notices", debtor.emailConsent());
        person.put("language", language.code());
        List<Map<String, Object>> claimList = data.claims().stream().map(claim -> Map.<String, Object>of(
                "reference", claim.reference(), "creditor", claim.creditor().name(),
                "balance", Formats.money(claim.balance().amount(), language),
                "status", claim.collectionStatus().name())).toList();
        List<Map<String, Object>> caseList = new ArrayList<>();
        for (CaseData one : data.cases()) {
            CaseFile file = one.file();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("reference", file.reference());
            item.put("type", file.type().name());
            item.put("status", file.status().name());
            item.put("received", Formats.date(file.receivedAt(), language));
            item.put("claim", file.claim().reference() + " (" + file.claim().creditor() + ")");
            item.put("description", file.description());
            if (file.remedySought() != null) {
                item.put("remedy", file.remedySought());
            }
            item.put("letters", one.letters().stream().map(letter -> letter.title() + ", "
                    + Formats.date(letter.createdAt(), language)).toList());
            item.put("messages", one.messages().stream().map(message -> messageModel(message, language)).toList());
            item.put("documents", one.documents().stream().map(AttachmentInfo::fileName).toList());
            item.put("reviews", one.reviews().stream().map(review -> Map.<String, Object>of(
                    "requested", Formats.date(review.requestedAt(), language),
                    "reason", review.reason() == null ? "" : review.reason())).toList());
            caseList.add(item);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("person", person);
        model.put("claims", claimList);
        model.put("cases", caseList);
        model.put("messages", data.general().stream().map(message -> messageModel(message, language)).toList());
        return printouts.registerExtract(debtor, language, model);
    }

    private Data read(Debtor debtor) {
        long debtorId = debtor.id();
        // the letters are listed with their cases: the notices that brought them say nothing more
        List<InboxMessage> messages = inbox.of(debtorId, ALL_MESSAGES).stream()
                .filter(message -> message.letterId() == null).toList();
        List<CaseData> cases = caseFiles.allOfDebtor(debtorId).stream().map(CaseFile::forDebtor)
                .map(file -> new CaseData(file, letters.ofCase(file.id()),
                        messages.stream().filter(message -> Long.valueOf(file.id()).equals(message.caseId()))
                                .sorted(Comparator.comparing(InboxMessage::createdAt)).toList(),
                        attachments.ofCase(file.id(), file.contactId()), reviews.ofCase(file.id())))
                .toList();
        Set<Long> own = cases.stream().map(one -> one.file().id()).collect(Collectors.toSet());
        List<InboxMessage> general = messages.stream()
                .filter(message -> message.caseId() == null || !own.contains(message.caseId())).toList();
        return new Data(debtor, claims.findByDebtor(debtorId), cases, general);
    }

    private static JsonObject caseJson(CaseData one) {
        CaseFile file = one.file();
        JsonObjectBuilder json = JsonBuilders.object().add("reference", file.reference())
                .add("type", file.type().name()).add("status", file.status().name())
                .add("channel", file.channel().name()).add("receivedAt", file.receivedAt().toString())
                .add("claimReference", file.claim().reference()).add("description", file.description())
                .add("language", file.language().code()).add("policyVersion", file.policyVersion());
        put(json, "remedySought", file.remedySought());
        put(json, "category", file.category());
        put(json, "grounds", file.grounds());
        if (file.disputedAmount() != null) {
            json.add("disputedAmount", decimal(file.disputedAmount()));
        }
        JsonArrayBuilder steps = JsonBuilders.array();
        file.timeline().forEach(step -> {
            JsonObjectBuilder entry = JsonBuilders.object().add("at", step.at().toString())
                    .add("step", step.step().code());
            put(entry, "detail", step.detail());
            steps.add(entry);
        });
        JsonArrayBuilder letterList = JsonBuilders.array();
        one.letters().forEach(letter -> letterList.add(JsonBuilders.object().add("id", letter.id())
                .add("title", letter.title()).add("kind", letter.kind()).add("sentAt", letter.createdAt().toString())));
        JsonArrayBuilder messageList = JsonBuilders.array();
        one.messages().forEach(message -> messageList.add(messageJson(message)));
        JsonArrayBuilder documents = JsonBuilders.array();
        one.documents().forEach(document -> documents.add(JsonBuilders.object().add("fileName", document.fileName())
                .add("mediaType", document.mediaType()).add("size", document.sizeBytes())
                .add("receivedAt", document.receivedAt().toString())));
        JsonArrayBuilder reviewList = JsonBuilders.array();
        one.reviews().forEach(review -> {
            JsonObjectBuilder entry = JsonBuilders.object().add("requestedAt", review.requestedAt().toString());
            put(entry, "reason", review.reason());
            put(entry, "outcome", review.outcome());
            put(entry, "reasons", review.reasons());
            reviewList.add(entry);
        });
        return json.add("timeline", steps).add("letters", letterList).add("messages", messageList)
                .add("documents", documents).add("reviews", reviewList).build();
    }

    private static JsonObject messageJson(InboxMessage message) {
        return JsonBuilders.object().add("direction", message.direction().name()).add("text", message.body())
                .add("at", message.createdAt().toString()).build();
    }

    private static Map<String, Object> messageModel(InboxMessage message, Language language) {
        return Map.of("fromDebtor", message.fromDebtor(), "at", Formats.date(message.createdAt(), language),
                "text", message.body());
    }

    /** Amounts as the API writes them: kronor with two decimals, as a string (API.md). */
    private static String decimal(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static void put(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}

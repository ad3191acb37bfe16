package se.inkasso.complaints.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each decision brings its letter, from outside through the API: the PDF read back as text carries
 * the kind, the language, the dates and the addresses; it is on the case, in the portal inbox and
 * downloadable by staff and by its debtor only (D6-D8, D11, D12, D14, D17-D19).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LetterDeliveryIT {

    private static final Duration LETTER_WAIT = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aComplaintIsAcknowledgedInWritingWithItsAnswerDateAndTheOfficer() throws IOException {
        Fixture fixture = Fixture.create(base);
        JsonObject filed = fixture.debtor().post("portal/cases", """
                {"type":"COMPLAINT","claimReference":"%s","category":"CONDUCT",
                 "description":"Handläggaren var otrevlig i telefon.","language":"sv"}""".formatted(fixture.claim()))
                .object();
        String reference = filed.getString("reference");
        JsonObject letter = awaitLetter(fixture.agent(), reference, "COMPLAINT_ACKNOWLEDGEMENT");
        assertThat(letter.getString("language")).isEqualTo("sv");

        String text = pdfText(fixture.agent(), letter.getString("href"));
        assertThat(text).as("D11").contains("Vi har tagit emot ditt klagomål", reference, fixture.claim(),
                "senast " + swedishDate(filed.getString("responseDue")), "Maria Lind", "08-123 456 99",
                "Det kostar ingenting", "Exempel Inkasso AB");

        JsonObject caseFile = fixture.agent().get("cases/" + reference).object();
        assertThat(caseFile.getString("status")).as("acknowledged once the letter is out").isEqualTo("ACKNOWLEDGED");
        assertThat(caseFile.getJsonNumber("version").longValue()).as("the letter is no edit of the case").isZero();
        assertThat(steps(caseFile)).contains("letter.sent", "case.acknowledged");

        Api.Reply inbox = fixture.debtor().get("portal/messages");
        JsonObject message = inbox.array().getJsonObject(0);
        assertThat(message.getString("subject")).isEqualTo("Vi har tagit emot ditt klagomål");
        assertThat(message.getBoolean("unread")).isTrue();
        assertThat(message.getString("letter")).isEqualTo("/api/portal/letters/" + letter.getInt("id"));
        Api.Document pdf = fixture.debtor().download(message.getString("letter").substring("/api/".length()));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(fixture.debtor().get("portal/messages").array().getJsonObject(0).getBoolean("unread"))
                .as("opening the letter reads the message").isFalse();

        Fixture stranger = Fixture.create(base);
        assertThat(stranger.debtor().download(message.getString("letter").substring("/api/".length())).status())
                .as("another debtor's letter does not exist for them").isEqualTo(404);
        assertThat(stranger.debtor().post("portal/messages/" + message.getInt("id") + "/read", "").status())
                .isEqualTo(404);
        assertThat(fixture.debtor().download("letters/" + letter.getInt("id")).status()).as("staff only").isEqualTo(403);
    }

    @Test
    void anObjectionIsAcknowledgedInEnglishWithCollectionPausedThenAssessedAndAnswered() throws IOException {
        Fixture fixture = Fixture.create(base);
        String reference = fixture.debtor().post("portal/cases", """
                {"type":"OBJECTION","claimReference":"%s","grounds":"ALREADY_PAID","disputedAmount":"400.00",
                 "description":"I paid 400 kr in March.","language":"en"}""".formatted(fixture.claim()))
                .object().getString("reference");
        String acknowledgement = pdfText(fixture.agent(),
                awaitLetter(fixture.agent(), reference, "OBJECTION_ACKNOWLEDGEMENT").getString("href"));
        assertThat(acknowledgement).as("D6").contains("We have received your objection", "SEK 400.00",
                "paused collection", "no reminders, demands or new fees");

        assertThat(fixture.agent().post("cases/" + reference + "/objection-assessment",
                "{\"substantive\":true,\"reason\":\"The debtor shows a receipt.\"}").status()).isEqualTo(200);
        assertThat(pdfText(fixture.agent(), awaitLetter(fixture.agent(), reference, "OBJECTION_ASSESSMENT")
                .getString("href"))).as("D7").contains("asked", "Collection stays paused");

        assertThat(fixture.agent().post("cases/" + reference + "/objection-outcome",
                "{\"outcome\":\"MAINTAINED\",\"note\":\"The payment was for another invoice.\"}").status())
                .isEqualTo(200);
        assertThat(pdfText(fixture.agent(), awaitLetter(fixture.agent(), reference, "OBJECTION_OUTCOME")
                .getString("href"))).as("D8, D9").contains("stands by the claim", "We will not apply to Kronofogden",
                "The payment was for another invoice.");
    }

    @Test
    void theFinalResponseStatesEveryPartAndTheRoutesOnward() throws IOException {
        Fixture fixture = Fixture.create(base);
        Instant tenDaysAgo = Instant.now().minus(10, ChronoUnit.DAYS);
        String reference = fixture.agent().post("cases", """
                {"channel":"PHONE","debtorPersonnummer":"%s","type":"COMPLAINT","claimReference":"%s",
                 "category":"SERVICE","description":"Ingen ringde tillbaka.","language":"sv","receivedAt":"%s"}"""
                .formatted(fixture.personnummer(), fixture.claim(), tenDaysAgo)).object().getString("reference");
        String drafted = fixture.agent().post("cases/" + reference + "/responses", """
                {"decision":"UPHELD","reasons":"Vi lovade att ringa tillbaka och gjorde det inte.",
                 "redress":"Vi stryker påminnelseavgiften på 60 kr.","language":"sv"}""").object()
                .get("id").toString();
        assertThat(fixture.agent().post("cases/" + reference + "/responses/" + drafted + "/send", "").status())
                .isEqualTo(200);

        String text = pdfText(fixture.agent(), awaitLetter(fixture.agent(), reference, "FINAL_RESPONSE")
                .getString("href"));
        assertThat(text).as("D14").contains("Vårt svar på ditt klagomål", "Du har rätt",
                "Vi lovade att ringa tillbaka och gjorde det inte.", "Vi stryker påminnelseavgiften på 60 kr.",
                "Det kostar ingenting", "klagomålsansvarige", "Inkassonämnden Box 592 101 31 Stockholm",
                "Finansinspektionen Box 7821 103 97 Stockholm");
    }

    @Test
    void aCallResolvedOnContactIsConfirmedInWritingAndAQuickAnswerIsShort() throws IOException {
        Fixture fixture = Fixture.create(base);
        String resolved = fixture.agent().post("cases", """
                {"channel":"PHONE","debtorPersonnummer":"%s","type":"COMPLAINT","claimReference":"%s",
                 "category":"COMMUNICATION","description":"Förstod inte brevet.","language":"sv",
                 "resolvedOnContact":true,"resolutionNote":"Vi gick igenom brevet tillsammans."}"""
                .formatted(fixture.personnummer(), fixture.claim())).object().getString("reference");
        assertThat(pdfText(fixture.agent(), awaitLetter(fixture.agent(), resolved, "RESOLUTION_ON_CONTACT")
                .getString("href"))).contains("Bekräftelse av det vi kom överens om", "Vi gick igenom brevet tillsammans.");

        String quick = fixture.debtor().post("portal/cases", """
                {"type":"COMPLAINT","claimReference":"%s","category":"SERVICE",
                 "description":"Fel namn i brevet.","language":"sv"}""".formatted(fixture.secondClaim()))
                .object().getString("reference");
        String drafted = fixture.agent().post("cases/" + quick + "/responses", """
                {"decision":"UPHELD","reasons":"Namnet var felstavat.","redress":"Vi har rättat namnet.",
                 "language":"sv"}""").object().get("id").toString();
        fixture.agent().post("cases/" + quick + "/responses/" + drafted + "/send", "");
        assertThat(pdfText(fixture.agent(), awaitLetter(fixture.agent(), quick, "SHORT_RESOLUTION")
                .getString("href"))).as("D12; the title says the decision").contains("Vi ger dig rätt i ditt klagomål", "Namnet var felstavat.",
                "Inkassonämnden Box 592 101 31 Stockholm");
    }

    @Test
    void staffSeeTheOutboxAndOnlyTeamLeadsRetry() {
        Fixture fixture = Fixture.create(base);
        Api.Reply list = fixture.agent().get("notifications?status=SENT");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.object().getJsonObject("counts").keySet()).contains("PENDING", "SENT", "DEAD", "CANCELLED");
        assertThat(fixture.agent().get("notifications?status=LOST").status()).isEqualTo(400);
        assertThat(fixture.agent().post("notifications/1/retry", "").status()).isEqualTo(403);
        assertThat(fixture.teamLead().post("notifications/999999999/retry", "").status()).isEqualTo(404);
        assertThat(fixture.debtor().get("notifications").status()).isEqualTo(403);
    }

    static JsonObject awaitLetter(Api staff, String reference, String kind) {
        return await().atMost(LETTER_WAIT).until(() -> letter(staff, reference, kind), Optional::isPresent).get();
    }

    private static Optional<JsonObject> letter(Api staff, String reference, String kind) {
        return staff.get("cases/" + reference).object().getJsonArray("letters").getValuesAs(JsonObject.class).stream()
                .filter(letter -> letter.getString("kind").equals(kind)).findFirst();
    }

    static String pdfText(Api caller, String href) throws IOException {
        Api.Document pdf = caller.download(href.substring("/api/".length()));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\\u00a0]+", " ");
        }
    }

    private static List<String> steps(JsonObject caseFile) {
        return caseFile.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .map(step -> step.getString("step")).toList();
    }

    private static String swedishDate(String isoDate) {
        return java.time.LocalDate.parse(isoDate).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                java.util.Locale.forLanguageTag("sv")));
    }
}

package se.inkasso.complaints.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;

/**
 * Escalation through the API (D13, D16, D17): a review only once the case is answered, decided by
 * an officer who had no part in it, with the decision letter and the routes; referrals to both
 * external bodies with their exact addresses in both languages; all of it in the report.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EscalationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aReviewIsRefusedBeforeTheAnswerAndDecidedByAnOfficerWithNoPartInTheCase() throws IOException {
        Fixture fixture = Fixture.create(base);
        String reference = complaint(fixture, fixture.claim(), "sv");
        Api.Reply tooEarly = fixture.debtor().post("portal/cases/" + reference + "/review-request",
                "{\"reason\":\"Jag vill att någon annan tittar på det.\"}");
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.object().getString("detail")).contains(reference, "final response");

        assertThat(fixture.teamLead().post("cases/" + reference + "/assignment",
                "{\"handler\":\"" + fixture.officerName() + "\"}").status()).isEqualTo(200);
        answer(fixture, reference);

        assertThat(fixture.debtor().post("portal/cases/" + reference + "/review-request", "{}").status())
                .as("a reason is needed").isEqualTo(422);
        assertThat(Fixture.create(base).debtor().post("portal/cases/" + reference + "/review-request",
                "{\"reason\":\"x\"}").status()).as("another debtor's case").isEqualTo(404);
        Api.Reply requested = fixture.debtor().post("portal/cases/" + reference + "/review-request",
                "{\"reason\":\"Svaret förklarar inte avgiften.\"}");
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        JsonObject review = requested.object();
        LocalDate due = new BusinessCalendar().plusBusinessDays(LocalDate.now(BusinessCalendar.ZONE), 10);
        assertThat(review.getString("due")).as("own clock, 10 business days").isEqualTo(due.toString());
        assertThat(review.getString("status")).isEqualTo("OPEN");
        assertThat(review.containsKey("requestedBy")).as("no staff names for the debtor").isFalse();
        assertThat(fixture.agent().get("cases/" + reference).object().getString("status")).isEqualTo("ESCALATED");
        assertThat(fixture.debtor().post("portal/cases/" + reference + "/review-request", "{\"reason\":\"igen\"}")
                .status()).as("one review at a time").isEqualTo(409);
        assertThat(LetterDeliveryIT.pdfText(fixture.agent(), LetterDeliveryIT.awaitLetter(fixture.agent(), reference,
                "REVIEW_ACKNOWLEDGEMENT").getString("href"))).contains("Vår klagomålsansvarige prövar ditt ärende",
                "senast " + due.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"))));

        String id = String.valueOf(review.getInt("id"));
        assertThat(fixture.secondOfficer().get("reviews").object().getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(open -> assertThat(open.getString("case")).isEqualTo(reference));
        String decision = "{\"outcome\":\"PARTIALLY_UPHELD\",\"reasons\":\"Avgiften borde ha förklarats.\","
                + "\"redress\":\"Vi stryker förseningsavgiften.\",\"redressAmount\":\"45.00\"}";
        assertThat(fixture.agent().post("reviews/" + id + "/decision", decision).status()).as("role").isEqualTo(403);
        Api.Reply handler = fixture.officer().post("reviews/" + id + "/decision", decision);
        assertThat(handler.status()).as("D13, D16: the handler never reviews").isEqualTo(403);
        assertThat(handler.object().getString("detail")).contains(fixture.officerName(), reference);
        assertThat(fixture.secondOfficer().post("reviews/" + id + "/decision", "{\"outcome\":\"UPHELD\"}").status())
                .as("reasons are needed").isEqualTo(422);

        Api.Reply decided = fixture.secondOfficer().post("reviews/" + id + "/decision", decision);
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.object().getString("outcome")).isEqualTo("PARTIALLY_UPHELD");
        assertThat(fixture.secondOfficer().post("reviews/" + id + "/decision", decision).status()).isEqualTo(409);
        JsonObject caseFile = fixture.agent().get("cases/" + reference).object();
        assertThat(caseFile.getString("status")).isEqualTo("RESPONDED");
        assertThat(caseFile.getJsonArray("reviews").getJsonObject(0).getString("redress"))
                .isEqualTo("Vi stryker förseningsavgiften.");
        assertThat(LetterDeliveryIT.pdfText(fixture.agent(), LetterDeliveryIT.awaitLetter(fixture.agent(), reference,
                "REVIEW_DECISION").getString("href"))).as("D17").contains("Klagomålsansvariges beslut",
                "du har delvis rätt", "Avgiften borde ha förklarats.", "Vi stryker förseningsavgiften.",
                "Inkassonämnden Box 592 101 31 Stockholm", "Finansinspektionen Box 7821 103 97 Stockholm");
    }

    @Test
    void aCaseCanBeReferredToBothBodiesWithTheirExactAddressesInBothLanguages() throws IOException {
        Fixture fixture = Fixture.create(base);
        String swedish = complaint(fixture, fixture.claim(), "sv");
        String english = complaint(fixture, fixture.secondClaim(), "en");

        Api.Reply referred = fixture.agent().post("cases/" + swedish + "/external-referrals",
                "{\"body\":\"INKASSONAMNDEN\",\"externalReference\":\"IN 2026/4711\"}");
        assertThat(referred.status()).as(referred.body()).isEqualTo(201);
        assertThat(fixture.agent().post("cases/" + swedish + "/external-referrals", "{\"body\":\"INKASSONAMNDEN\"}")
                .status()).as("once per body").isEqualTo(409);
        assertThat(fixture.agent().post("cases/" + swedish + "/external-referrals", "{\"body\":\"KRONOFOGDEN\"}")
                .status()).isEqualTo(400);
        assertThat(fixture.agent().post("cases/" + swedish + "/external-referrals",
                "{\"body\":\"FINANSINSPEKTIONEN\"}").status()).isEqualTo(201);
        assertThat(fixture.agent().post("cases/" + english + "/external-referrals",
                "{\"body\":\"INKASSONAMNDEN\"}").status()).isEqualTo(201);
        assertThat(fixture.agent().post("cases/" + english + "/external-referrals",
                "{\"body\":\"FINANSINSPEKTIONEN\"}").status()).isEqualTo(201);

        assertThat(letterText(fixture, swedish, "Inkassonämnden")).as("D17").contains(
                "Ditt ärende hos Inkassonämnden", "IN 2026/4711", "Inkassonämnden Box 592 101 31 Stockholm",
                "god inkassosed");
        assertThat(letterText(fixture, swedish, "Finansinspektionen")).contains(
                "Finansinspektionen Box 7821 103 97 Stockholm", "tillsyn");
        assertThat(letterText(fixture, english, "Inkassonämnden")).contains("Your case with Inkassonämnden",
                "Inkassonämnden Box 592 101 31 Stockholm", "good debt-collection practice");
        assertThat(letterText(fixture, english, "Finansinspektionen")).contains(
                "Finansinspektionen Box 7821 103 97 Stockholm", "supervises");

        String id = String.valueOf(referred.object().getInt("id"));
        JsonObject recorded = fixture.agent().post("cases/" + swedish + "/external-referrals/" + id,
                "{\"outcome\":\"Nämnden fann att bolaget följt god inkassosed.\"}").object();
        assertThat(recorded.getString("externalReference")).isEqualTo("IN 2026/4711");
        assertThat(recorded.getString("outcome")).startsWith("Nämnden fann");
        assertThat(fixture.agent().post("cases/" + english + "/external-referrals/" + id, "{\"outcome\":\"x\"}")
                .status()).as("a referral of another case").isEqualTo(404);

        JsonObject report = fixture.teamLead().get("reports/complaints?from=" + LocalDate.now().minusDays(1) + "&to="
                + LocalDate.now().plusDays(1) + "&creditor=" + fixture.creditorId()).object().getJsonObject("counts");
        assertThat(report.getJsonObject("referralBody").getInt("INKASSONAMNDEN")).isEqualTo(2);
        assertThat(report.getJsonObject("referralBody").getInt("FINANSINSPEKTIONEN")).isEqualTo(2);
    }

    @Test
    void aReviewAskedForByPhoneIsCountedInTheReport() {
        Fixture fixture = Fixture.create(base);
        String reference = complaint(fixture, fixture.claim(), "sv");
        answer(fixture, reference);
        Api.Reply requested = fixture.agent().post("cases/" + reference + "/review-request",
                "{\"reason\":\"Ringde och var missnöjd med svaret.\"}");
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        assertThat(requested.object().getString("channel")).isEqualTo("PHONE");
        assertThat(requested.object().getString("requestedBy")).isEqualTo(fixture.agentName());
        String id = String.valueOf(requested.object().getInt("id"));
        assertThat(fixture.secondOfficer().post("reviews/" + id + "/decision",
                "{\"outcome\":\"NOT_UPHELD\",\"reasons\":\"Svaret var riktigt.\"}").status()).isEqualTo(200);

        JsonObject counts = fixture.teamLead().get("reports/complaints?from=" + LocalDate.now().minusDays(1) + "&to="
                + LocalDate.now().plusDays(1) + "&creditor=" + fixture.creditorId()).object().getJsonObject("counts");
        assertThat(counts.getJsonObject("review").getInt("DECIDED")).isEqualTo(1);
        assertThat(counts.getJsonObject("reviewOutcome").getInt("NOT_UPHELD")).isEqualTo(1);
    }

    private static String complaint(Fixture fixture, String claim, String language) {
        Api.Reply filed = fixture.debtor().post("portal/cases", ("{\"type\":\"COMPLAINT\",\"claimReference\":\"%s\","
                + "\"category\":\"SERVICE\",\"description\":\"Ingen svarade.\",\"language\":\"%s\"}")
                .formatted(claim, language));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.object().getString("reference");
    }

    private static void answer(Fixture fixture, String reference) {
        Api.Reply drafted = fixture.agent().post("cases/" + reference + "/responses", "{\"decision\":\"REJECTED\","
                + "\"reasons\":\"Vi har följt rutinen.\",\"redress\":\"ingen\",\"language\":\"sv\"}");
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        assertThat(fixture.agent().post("cases/" + reference + "/responses/" + drafted.object().get("id") + "/send", "")
                .status()).isEqualTo(200);
    }

    private static String letterText(Fixture fixture, String reference, String body) throws IOException {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> fixture.agent()
                .get("cases/" + reference).object().getJsonArray("letters").getValuesAs(JsonObject.class).stream()
                .filter(letter -> letter.getString("kind").equals("EXTERNAL_REFERRAL")
                        && letter.getString("title").contains(body)).findFirst().orElse(null), java.util.Objects::nonNull)
                .getString("href").transform(href -> {
                    try {
                        return LetterDeliveryIT.pdfText(fixture.agent(), href);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }
}

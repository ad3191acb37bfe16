package se.inkasso.complaints.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.inkasso.complaints.casework.control.CaseRepository;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.intake.boundary.ScamReportService;
import se.inkasso.complaints.intake.control.ScamReportRepository;

/**
 * Intake and registration through the HTTP API of API.md, as the portal, the telephony system and
 * the fraud team use it, on Payara Micro against PostgreSQL (D1-D6, D11, D12, D18).
 */
@ExtendWith(ArquillianExtension.class)
class IntakeApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Inject
    CaseRepository cases;

    @Inject
    ScamReportService scamReports;

    @Inject
    ScamReportRepository scamReportRegister;

    private final BusinessCalendar calendar = new BusinessCalendar();

    @Test
    @RunAsClient
    void aPortalComplaintIsRegisteredWithItsClocks() {
        Fixture fixture = fixture();
        Api.Reply reply = fixture.debtor().post("portal/cases", """
                {"type": "COMPLAINT", "claimReference": "%s", "category": "CONDUCT",
                 "description": "Handläggaren avbröt mig hela tiden.", "remedySought": "En ursäkt"}
                """.formatted(fixture.claim()));

        assertThat(reply.status()).isEqualTo(201);
        JsonObject answer = reply.object();
        String reference = answer.getString("reference");
        assertThat(reference).matches("KL-\\d{4}-\\d{6}");
        assertThat(reply.location()).endsWith("/api/portal/cases/" + reference);
        assertThat(answer.getString("status")).isEqualTo("REGISTERED");
        // D11, D12, D20: counted in Swedish business days from the day received
        LocalDate received = Instant.parse(answer.getString("receivedAt")).atZone(BusinessCalendar.ZONE).toLocalDate();
        assertThat(answer.getString("acknowledgementDue")).isEqualTo(calendar.plusBusinessDays(received, 1).toString());
        assertThat(answer.getString("responseDue")).isEqualTo(calendar.plusBusinessDays(received, 15).toString());
        assertThat(answer.getString("responseCeiling")).isEqualTo(received.plusWeeks(8).toString());

        JsonObject read = fixture.debtor().get("portal/cases/" + reference).object();
        assertThat(read.getString("description")).isEqualTo("Handläggaren avbröt mig hela tiden.");
        assertThat(steps(read)).startsWith("case.received", "case.registered");
        assertThat(fixture.debtor().get("portal/cases").array()).hasSize(1);
    }

    @Test
    @RunAsClient
    void aPortalObjectionPutsTheClaimOnHold() {
        Fixture fixture = fixture();
        Api.Reply reply = fixture.debtor().post("portal/cases", """
                {"type": "OBJECTION", "claimReference": "%s", "grounds": "ALREADY_PAID",
                 "disputedAmount": "300.00", "description": "Jag betalade 300 kr den 1 november."}
                """.formatted(fixture.claim()));

        assertThat(reply.status()).isEqualTo(201);
        String reference = reply.object().getString("reference");
        assertThat(reference).startsWith("BE-");
        assertThat(fixture.debtor().get("portal/claims").array().getValuesAs(JsonObject.class))
                .filteredOn(claim -> claim.getString("reference").equals(fixture.claim()))
                .singleElement().satisfies(claim -> assertThat(claim.getString("collectionStatus")).isEqualTo("ON_HOLD"));
        JsonObject claim = fixture.agent().get("claims/" + fixture.claim()).object();
        assertThat(claim.getString("collectionStatus")).isEqualTo("ON_HOLD"); // D6
        assertThat(claim.getJsonArray("holds").getValuesAs(JsonObject.class)).singleElement().satisfies(hold -> {
            assertThat(hold.getString("caseReference")).isEqualTo(reference);
            assertThat(hold.getString("amount")).isEqualTo("300.00");
            assertThat(hold.getBoolean("active")).isTrue();
        });
        assertThat(steps(fixture.agent().get("cases/" + reference).object())).contains("hold.placed");
    }

    @Test
    @RunAsClient
    void aContactWithBothBecomesTwoLinkedCases() {
        Fixture fixture = fixture();
        JsonObject answer = fixture.debtor().post("portal/cases", """
                {"type": "BOTH", "claimReference": "%s", "category": "CONDUCT", "grounds": "FEES_NOT_DUE",
                 "description": "Avgiften är fel och ni var otrevliga i telefon."}
                """.formatted(fixture.claim())).object();

        List<JsonObject> both = answer.getJsonArray("cases").getValuesAs(JsonObject.class);
        assertThat(both).extracting(c -> c.getString("type")).containsExactly("COMPLAINT", "OBJECTION");
        String complaint = both.get(0).getString("reference");
        String objection = both.get(1).getString("reference");
        assertThat(linked(both.get(0))).containsExactly(objection);
        assertThat(linked(both.get(1))).containsExactly(complaint);
        // each has its own clock, from the same received-at
        assertThat(both.get(0).getString("receivedAt")).isEqualTo(both.get(1).getString("receivedAt"));
        assertThat(fixture.agent().get("claims/" + fixture.claim()).object().getString("collectionStatus"))
                .isEqualTo("ON_HOLD");
    }

    @Test
    @RunAsClient
    void aNewContactAboutAnOpenCaseIsLinkedNotMerged() {
        Fixture fixture = fixture();
        String first = fixture.debtor().post("portal/cases", complaint(fixture.claim(), "Ingen ringde tillbaka."))
                .object().getString("reference");
        JsonObject second = fixture.agent().post("cases", """
                {"channel": "PHONE", "debtorPersonnummer": "%s", "type": "COMPLAINT", "claimReference": "%s",
                 "description": "Ringer igen: fortfarande ingen som ringt tillbaka."}
                """.formatted(fixture.personnummer(), fixture.claim())).object();

        assertThat(second.getString("reference")).isNotEqualTo(first);
        assertThat(linked(second)).containsExactly(first);
        JsonObject earlier = fixture.debtor().get("portal/cases/" + first).object();
        assertThat(linked(earlier)).containsExactly(second.getString("reference"));
        assertThat(Instant.parse(earlier.getString("receivedAt")))
                .isBefore(Instant.parse(second.getString("receivedAt")));
    }

    @Test
    @RunAsClient
    void twentyConcurrentRepeatsOfOneSubmissionCreateOneCase() throws Exception {
        Fixture fixture = fixture();
        String key = UUID.randomUUID().toString();
        String body = """
                {"type": "OBJECTION", "claimReference": "%s", "grounds": "NOT_OWED",
                 "description": "Jag har aldrig beställt något."}
                """.formatted(fixture.claim());
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Api.Reply>> repeats = IntStream.range(0, 20)
                    .<Callable<Api.Reply>>mapToObj(i -> () -> fixture.debtor().post("portal/cases", body, key))
                    .toList();
            List<Api.Reply> replies = pool.invokeAll(repeats).stream().map(IntakeApiIT::result).toList();

            assertThat(replies).extracting(Api.Reply::status).containsOnly(201);
            assertThat(replies).extracting(reply -> reply.object().getString("reference")).containsOnly(
                    replies.get(0).object().getString("reference"));
            assertThat(replies).filteredOn(reply -> !reply.object().getBoolean("repeated")).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(fixture.debtor().get("portal/cases").array()).hasSize(1);
        assertThat(fixture.agent().get("claims/" + fixture.claim()).object().getJsonArray("holds")).hasSize(1);

        Api.Reply changed = fixture.debtor().post("portal/cases", body.replace("aldrig", "inte"), key);
        assertThat(changed.status()).isEqualTo(422);
        assertThat(changed.body()).contains("Idempotency-Key");
        assertThat(fixture.debtor().get("portal/cases").array()).hasSize(1);
    }

    @Test
    @RunAsClient
    void aPhoneCallResolvedDuringTheCallIsStillRegistered() {
        Fixture fixture = fixture();
        Api.Reply reply = fixture.agent().post("cases", """
                {"channel": "PHONE", "debtorPersonnummer": "%s", "type": "COMPLAINT", "claimReference": "%s",
                 "category": "COMMUNICATION", "description": "Förstod inte brevet.",
                 "resolvedOnContact": true, "resolutionNote": "Gick igenom brevet; gäldenären nöjd."}
                """.formatted(fixture.personnummer(), fixture.claim()));

        assertThat(reply.status()).isEqualTo(201);
        JsonObject registered = fixture.agent().get("cases/" + reply.object().getString("reference")).object();
        assertThat(registered.getString("status")).isEqualTo("RESOLVED_ON_CONTACT"); // D2
        assertThat(registered.getString("channel")).isEqualTo("PHONE");
        assertThat(registered.getJsonArray("timeline").getValuesAs(JsonObject.class))
                .anySatisfy(step -> {
                    assertThat(step.getString("step")).isEqualTo("case.resolved-on-contact");
                    assertThat(step.getString("detail")).isEqualTo("Gick igenom brevet; gäldenären nöjd.");
                    assertThat(step.getString("actor")).isEqualTo(fixture.agentName());
                });
        assertThat(registered.getJsonObject("debtor").getString("personnummer")).endsWith("-****"); // D21
    }

    @Test
    @RunAsClient
    void aDebtorNeverSeesAnotherDebtorsData() {
        Fixture owner = fixture();
        Fixture other = fixture();
        String reference = owner.debtor().post("portal/cases", complaint(owner.claim(), "Fel i brevet."))
                .object().getString("reference");

        Api.Reply read = other.debtor().get("portal/cases/" + reference);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.contentType()).startsWith("application/problem+json");
        assertThat(read.body()).doesNotContain(reference);
        assertThat(other.debtor().get("portal/cases").array()).isEmpty();
        assertThat(other.debtor().get("portal/claims").array().getValuesAs(JsonObject.class))
                .extracting(claim -> claim.getString("reference")).doesNotContain(owner.claim());

        Api.Reply filed = other.debtor().post("portal/cases", complaint(owner.claim(), "Inte min fordran."));
        assertThat(filed.status()).isEqualTo(422);
        assertThat(owner.debtor().get("portal/cases").array()).hasSize(1);
    }

    @Test
    @RunAsClient
    void eachInvalidInputIsAProblemAndWritesNothing() {
        Fixture fixture = fixture();
        String claim = fixture.claim();
        record Case(String body, int status, String field) {
        }
        List<Case> invalid = List.of(
                new Case("{\"type\":\"COMPLAINT\",\"claimReference\":\"%s\"}".formatted(claim), 400, "description"),
                new Case("{\"type\":\"COMPLAINT\",\"claimReference\":\"%s\",\"description\":\"   \"}".formatted(claim),
                        400, "description"),
                new Case("{\"type\":\"COMPLAINT\",\"claimReference\":\"%s\",\"description\":\"%s\"}"
                        .formatted(claim, "x".repeat(4001)), 400, "description"),
                new Case("{\"type\":\"OBJECTION\",\"claimReference\":\"%s\",\"grounds\":\"DONT_LIKE_IT\",\"description\":\"x\"}"
                        .formatted(claim), 400, "grounds"),
                new Case("{\"type\":\"OBJECTION\",\"claimReference\":\"%s\",\"description\":\"x\"}".formatted(claim),
                        400, "grounds"),
                new Case("{\"claimReference\":\"%s\",\"description\":\"x\"}".formatted(claim), 400, "type"),
                new Case("{\"type\":\"COMPLAINT\",\"claimReference\":\"%s\",\"description\":\"x\",\"language\":\"de\"}"
                        .formatted(claim), 400, "language"),
                new Case("{\"type\":\"OBJECTION\",\"grounds\":\"WRONG_AMOUNT\",\"claimReference\":\"%s\",\"description\":\"x\",\"disputedAmount\":\"12,345.6\"}"
                        .formatted(claim), 400, "disputedAmount"),
                new Case("{\"type\":\"OBJECTION\",\"grounds\":\"WRONG_AMOUNT\",\"claimReference\":\"%s\",\"description\":\"x\",\"disputedAmount\":\"-10\"}"
                        .formatted(claim), 400, "disputedAmount"),
                new Case("{\"type\":\"OBJECTION\",\"grounds\":\"WRONG_AMOUNT\",\"claimReference\":\"%s\",\"description\":\"x\",\"disputedAmount\":\"%s\"}"
                        .formatted(claim, "1230.01"), 422, "disputedAmount"),
                new Case("{\"type\":\"COMPLAINT\",\"claimReference\":\"NO-SUCH-CLAIM\",\"description\":\"x\"}", 422,
                        "claimReference"),
                new Case("{\"type\":\"COMPLAINT\",\"claimReference\":", 400, null));

        for (Case input : invalid) {
            Api.Reply reply = fixture.debtor().post("portal/cases", input.body());
            assertThat(reply.status()).as(input.body()).isEqualTo(input.status());
            assertThat(reply.contentType()).as(input.body()).startsWith("application/problem+json");
            JsonObject problem = reply.object();
            assertThat(problem.getInt("status")).isEqualTo(input.status());
            assertThat(problem.getString("detail")).isNotBlank().doesNotContain("Exception");
            if (input.field() != null) {
                assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                        .as(input.body()).extracting(error -> error.getString("field")).contains(input.field());
            }
        }
        Api.Reply objectionResolvedOnCall = fixture.agent().post("cases", """
                {"debtorPersonnummer": "%s", "type": "OBJECTION", "grounds": "NOT_OWED", "claimReference": "%s",
                 "description": "x", "resolvedOnContact": true, "resolutionNote": "y"}
                """.formatted(fixture.personnummer(), claim));
        assertThat(objectionResolvedOnCall.status()).isEqualTo(400);
        Api.Reply badPersonnummer = fixture.agent().post("cases", """
                {"debtorPersonnummer": "19811218-9875", "type": "COMPLAINT", "claimReference": "%s", "description": "x"}
                """.formatted(claim));
        assertThat(badPersonnummer.status()).isEqualTo(400);
        assertThat(badPersonnummer.body()).contains("check digit");
        Api.Reply longAgo = fixture.agent().post("cases", """
                {"debtorPersonnummer": "%s", "type": "COMPLAINT", "claimReference": "%s", "description": "x",
                 "receivedAt": "1900-01-01"}
                """.formatted(fixture.personnummer(), claim));
        assertThat(longAgo.status()).as("a call cannot be registered a century late").isEqualTo(400);
        assertThat(longAgo.object().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("A call can be registered with the time it came for at most 90 days afterwards: "
                        + "check the date.");
        String beforeTheClaim = java.time.LocalDate.now(BusinessCalendar.ZONE)
                .minusDays(TestData.REGISTERED_DAYS_AGO + 15).toString();
        Api.Reply early = fixture.agent().post("cases", """
                {"debtorPersonnummer": "%s", "type": "COMPLAINT", "claimReference": "%s", "description": "x",
                 "receivedAt": "%s"}
                """.formatted(fixture.personnummer(), claim, beforeTheClaim));
        assertThat(early.status()).as("a call about a claim before it came to the agency").isEqualTo(400);
        assertThat(early.object().getJsonArray("errors").getJsonObject(0).getString("message"))
                .startsWith("The call cannot have come before claim " + claim + " came to us on");

        assertThat(fixture.debtor().get("portal/cases").array()).isEmpty();
        assertThat(fixture.agent().get("claims/" + claim).object().getString("collectionStatus")).isEqualTo("ACTIVE");
    }

    @Test
    @RunAsClient
    void theApiAsksForALoginAndChecksTheRole() {
        Fixture fixture = fixture();
        Api anonymous = Api.at(base);
        Api.Reply noLogin = anonymous.get("portal/claims");
        assertThat(noLogin.status()).isEqualTo(401);
        assertThat(noLogin.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.get("cases/KL-2026-000001").status()).isEqualTo(401);
        assertThat(anonymous.get("scam-reports").status()).isEqualTo(401);
        assertThat(fixture.debtor().get("claims/" + fixture.claim()).status()).isEqualTo(403);
        assertThat(fixture.agent().get("portal/claims").status()).isEqualTo(403);
        assertThat(Api.at(base).as(fixture.personnummer(), "wrong").get("portal/claims").status()).isEqualTo(401);
    }

    @Test
    @RunAsClient
    void anyoneCanReportAScamMessageAndTheFraudTeamReadsIt() {
        Fixture fixture = fixture();
        String text = "Intrum: uppdatera dina uppgifter, ring 0900-" + UUID.randomUUID();
        Api.Reply reported = Api.at(base).post("scam-reports", """
                {"receivedAt": "2026-11-20T08:15:00+01:00", "sender": "+46 70 123 45 67", "text": "%s"}
                """.formatted(text));
        assertThat(reported.status()).isEqualTo(201);
        assertThat(fixture.agent().get("scam-reports?size=20").object().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(report -> report.getString("text")).contains(text);

        Api.Reply empty = Api.at(base).post("scam-reports", "{\"sender\": \"\", \"text\": \"\"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field")).containsExactlyInAnyOrder("sender", "text");
    }

    @Test
    void aScamReportNeverBecomesACase() {
        long casesBefore = cases.count();
        long reportsBefore = scamReportRegister.count();

        scamReports.report(Instant.now(), "Inkasso Support", "Klicka här för att betala din skuld: http://bluff.example",
                "198.51.100." + (int) (Math.random() * 200));

        assertThat(scamReportRegister.count()).isEqualTo(reportsBefore + 1);
        assertThat(cases.count()).isEqualTo(casesBefore);
    }

    @Test
    void aPublicClientIsRateLimited() {
        String address = "203.0.113." + (int) (Math.random() * 200);
        for (int i = 0; i < 5; i++) {
            scamReports.report(null, "x", "report " + i, address);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scamReports.report(null, "x", "one too many", address))
                .isInstanceOf(se.inkasso.complaints.intake.boundary.RateLimitedException.class)
                .hasMessageContaining("Try again in");
    }

    private Fixture fixture() {
        return Fixture.create(base);
    }

    private static String complaint(String claim, String description) {
        return "{\"type\":\"COMPLAINT\",\"claimReference\":\"%s\",\"description\":\"%s\"}".formatted(claim, description);
    }

    private static List<String> steps(JsonObject caseFile) {
        return caseFile.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .map(step -> step.getString("step")).toList();
    }

    private static List<String> linked(JsonObject caseFile) {
        return caseFile.getJsonArray("linkedCases").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    private static Api.Reply result(Future<Api.Reply> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package se.inkasso.complaints.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.inkasso.complaints.casework.boundary.Assignment;
import se.inkasso.complaints.casework.boundary.CaseQueue;
import se.inkasso.complaints.casework.boundary.QueueFilter;
import se.inkasso.complaints.casework.boundary.QueueSort;
import se.inkasso.complaints.casework.control.CaseRepository;
import se.inkasso.complaints.casework.entity.Case;
import se.inkasso.complaints.domain.model.Role;
import se.inkasso.complaints.domain.model.StaffMember;
import se.inkasso.complaints.domain.repository.StaffRepository;

/** The queues and who handles a case (D13), through the API on Payara Micro against PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class QueueAndAssignmentIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Inject
    Assignment assignment;

    @Inject
    CaseRepository cases;

    @Inject
    CaseQueue queue;

    @Inject
    StaffRepository staff;

    @Test
    @RunAsClient
    void theQueueFiltersSortsAndPagesInTheDatabase() {
        Fixture fixture = Fixture.create(base);
        List<String> filed = List.of(
                file(fixture, fixture.claim(), "{\"type\":\"COMPLAINT\",\"category\":\"SERVICE\""),
                file(fixture, fixture.secondClaim(), "{\"type\":\"COMPLAINT\",\"category\":\"CONDUCT\""),
                file(fixture, fixture.claim(), "{\"type\":\"OBJECTION\",\"grounds\":\"NOT_OWED\""),
                file(fixture, fixture.secondClaim(), "{\"type\":\"OBJECTION\",\"grounds\":\"ALREADY_PAID\""));
        String byCreditor = "cases?creditor=" + fixture.creditorId();

        JsonObject all = fixture.agent().get(byCreditor + "&sort=receivedAt").object();
        assertThat(all.getInt("total")).isEqualTo(4);
        assertThat(references(all)).containsExactlyElementsOf(filed);
        List<String> newestFirst = new ArrayList<>(filed);
        Collections.reverse(newestFirst);
        assertThat(references(fixture.agent().get(byCreditor + "&sort=-receivedAt").object()))
                .containsExactlyElementsOf(newestFirst);

        JsonObject first = fixture.agent().get(byCreditor + "&sort=receivedAt&size=3&page=0").object();
        JsonObject second = fixture.agent().get(byCreditor + "&sort=receivedAt&size=3&page=1").object();
        assertThat(references(first)).containsExactlyElementsOf(filed.subList(0, 3));
        assertThat(references(second)).containsExactly(filed.get(3));
        assertThat(second.getInt("total")).isEqualTo(4);

        assertThat(fixture.agent().get(byCreditor + "&type=OBJECTION").object().getInt("total")).isEqualTo(2);
        assertThat(fixture.agent().get(byCreditor + "&queue=COMPLAINT-SV").object().getInt("total")).isEqualTo(2);
        assertThat(fixture.agent().get(byCreditor + "&handler=none").object().getInt("total")).isEqualTo(4);
        assertThat(fixture.agent().get(byCreditor + "&overdue=true").object().getInt("total")).isZero();
        assertThat(fixture.agent().get(byCreditor + "&status=CLOSED").object().getInt("total")).isZero();

        JsonObject row = first.getJsonArray("items").getJsonObject(0);
        assertThat(row.getJsonObject("debtor").getString("personnummer")).endsWith("-****"); // D21
        assertThat(row.getString("due")).isEqualTo("ON_TRACK");

        fixture.teamLead().post("cases/" + filed.get(0) + "/assignment",
                "{\"handler\":\"" + fixture.agentName() + "\"}");
        assertThat(references(fixture.agent().get(byCreditor + "&handler=" + fixture.agentName()).object()))
                .containsExactly(filed.get(0));
        assertThat(fixture.agent().get(byCreditor + "&handler=none").object().getInt("total")).isEqualTo(3);

        Api.Reply wrong = fixture.agent().get("cases?status=OPEN&sort=priority&size=1000");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field")).containsExactly("status", "sort", "size");
    }

    @Test
    @RunAsClient
    void anAdministratorRunsTheDeadlineJobNowAndNobodyElseMay() {
        Fixture fixture = Fixture.create(base);
        file(fixture, fixture.claim(), "{\"type\":\"COMPLAINT\",\"category\":\"SERVICE\"");

        JsonObject scan = fixture.admin().post("deadline-scans", "").object();
        assertThat(scan.getInt("looked")).as("open cases with a clock due soon").isPositive();
        assertThat(scan.getJsonNumber("millis").longValue()).isNotNegative();
        assertThat(fixture.teamLead().post("deadline-scans", "").status()).isEqualTo(403);
        assertThat(fixture.anonymous().post("deadline-scans", "").status()).isEqualTo(401);
    }

    @Test
    @RunAsClient
    void theHandlerIsNeverThePersonTheComplaintIsAbout() {
        Fixture fixture = Fixture.create(base);
        String reference = file(fixture, fixture.claim(), "{\"type\":\"COMPLAINT\",\"category\":\"CONDUCT\"");
        fixture.teamLead().post("cases/" + reference + "/assignment", "{\"handler\":\"" + fixture.agentName() + "\"}");

        JsonObject recorded = fixture.teamLead().post("cases/" + reference + "/subject-staff",
                "{\"username\":\"" + fixture.agentName() + "\"}").object();
        assertThat(recorded.getString("subjectStaff")).isEqualTo(fixture.agentName());
        assertThat(recorded.containsKey("handler")).as("the handler gave the case back").isFalse();

        Api.Reply refused = fixture.teamLead().post("cases/" + reference + "/assignment",
                "{\"handler\":\"" + fixture.agentName() + "\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.object().getString("detail")).contains("own conduct");

        JsonObject automatic = fixture.teamLead().post("cases/" + reference + "/assignment", "{\"automatic\":true}")
                .object();
        assertThat(automatic.getString("handler")).isNotEqualTo(fixture.agentName());

        Api.Reply note = fixture.agent().post("cases/" + reference + "/notes", "{\"text\":\"Jag f\u00f6rklarar.\"}");
        Api.Reply answer = fixture.agent().post("cases/" + reference + "/responses",
                "{\"decision\":\"REJECTED\",\"reasons\":\"Jag gjorde r\u00e4tt.\",\"redress\":\"Ingen.\"}");
        assertThat(note.status()).as("nobody acts on a case about themselves, not even with a note").isEqualTo(403);
        assertThat(note.object().getString("detail")).contains("your own conduct");
        assertThat(answer.status()).as("nor answers it").isEqualTo(403);
    }

    @Test
    @RunAsClient
    void aHandlerAnswersOnlyInALanguageTheyWrite() {
        Fixture fixture = Fixture.create(base);
        String reference = file(fixture, fixture.claim(), "{\"type\":\"COMPLAINT\",\"category\":\"SERVICE\"");
        Api englishOnly = fixture.anonymous().as(fixture.englishAgentName(), FixtureResource.PASSWORD);

        Api.Reply swedish = englishOnly.post("cases/" + reference + "/responses",
                "{\"decision\":\"UPHELD\",\"reasons\":\"Vi gjorde fel.\",\"redress\":\"Avgiften stryks.\"}");
        Api.Reply english = englishOnly.post("cases/" + reference + "/responses",
                "{\"decision\":\"UPHELD\",\"reasons\":\"We were wrong.\",\"redress\":\"The fee is removed.\","
                        + "\"language\":\"EN\"}");

        assertThat(swedish.status()).isEqualTo(403);
        assertThat(swedish.object().getString("detail")).contains("does not write Swedish");
        assertThat(english.status()).as("the debtor may be answered in English").isEqualTo(201);
    }

    @Test
    @RunAsClient
    void aHandlerMustBeAnAgentWhoWritesTheCasesLanguage() {
        Fixture fixture = Fixture.create(base);
        String reference = file(fixture, fixture.claim(), "{\"type\":\"COMPLAINT\",\"category\":\"SERVICE\"");
        Api.Reply englishOnly = fixture.teamLead().post("cases/" + reference + "/assignment",
                "{\"handler\":\"" + fixture.englishAgentName() + "\"}");
        assertThat(englishOnly.status()).isEqualTo(422);
        assertThat(englishOnly.object().getString("detail")).contains("language (sv)");
        Api.Reply nobody = fixture.teamLead().post("cases/" + reference + "/assignment", "{\"handler\":\"nobody\"}");
        assertThat(nobody.status()).isEqualTo(422);
        assertThat(fixture.teamLead().post("cases/KL-2026-999999/assignment", "{\"handler\":\"x\"}").status())
                .isEqualTo(404);
    }

    @Test
    @RunAsClient
    void bulkReassignmentIsAllOrNothing() {
        Fixture fixture = Fixture.create(base);
        String one = file(fixture, fixture.claim(), "{\"type\":\"COMPLAINT\",\"category\":\"SERVICE\"");
        String two = file(fixture, fixture.secondClaim(), "{\"type\":\"COMPLAINT\",\"category\":\"SERVICE\"");

        Api.Reply failed = fixture.teamLead().post("cases/assignments", """
                {"handler": "%s", "references": ["%s", "KL-2026-999999"]}""".formatted(fixture.agentName(), one));
        assertThat(failed.status()).isEqualTo(404);
        assertThat(fixture.agent().get("cases/" + one).object().containsKey("handler")).isFalse();

        Api.Reply done = fixture.teamLead().post("cases/assignments", """
                {"handler": "%s", "references": ["%s", "%s"]}""".formatted(fixture.agentName(), one, two));
        assertThat(done.status()).isEqualTo(200);
        assertThat(fixture.agent().get("cases/" + one).object().getString("handler")).isEqualTo(fixture.agentName());
        assertThat(fixture.agent().get("cases/" + two).object().getString("handler")).isEqualTo(fixture.agentName());
        assertThat(fixture.agent().post("cases/assignments", "{\"handler\":\"x\",\"references\":[]}").status())
                .as("agents do not reassign in bulk").isEqualTo(403);
    }

    @Test
    @RunAsClient
    void aConcurrentChangeIsAConflictAndTheFirstChangeStays() {
        Fixture fixture = Fixture.create(base);
        String reference = file(fixture, fixture.claim(), "{\"type\":\"COMPLAINT\",\"category\":\"SERVICE\"");
        Api.Reply seen = fixture.agent().get("cases/" + reference);
        String version = "\"" + seen.object().getJsonNumber("version").longValue() + "\"";

        Api.Reply firstLead = fixture.teamLead().post("cases/" + reference + "/assignment",
                "{\"handler\":\"" + fixture.agentName() + "\"}", null, version);
        Api.Reply secondLead = fixture.teamLead().post("cases/" + reference + "/assignment",
                "{\"automatic\":true}", null, version);

        assertThat(firstLead.status()).isEqualTo(200);
        assertThat(secondLead.status()).isEqualTo(409);
        assertThat(secondLead.contentType()).startsWith("application/problem+json");
        assertThat(fixture.agent().get("cases/" + reference).object().getString("handler"))
                .isEqualTo(fixture.agentName());
    }

    @Test
    void theAutomaticRuleChoosesTheLeastLoadedEligibleAgent() throws Exception {
        Case open = queue.queue(new QueueFilter(null, null, null, false, QueueFilter.UNASSIGNED, null, null),
                QueueSort.RECEIVED_AT, false, 0, 1)
                .items().stream().findFirst()
                .flatMap(row -> cases.findByReference(row.reference())).orElseThrow();
        List<String> candidates = staff.findActive(Role.AGENT, open.language()).stream()
                .map(StaffMember::username)
                .filter(username -> !username.equals(open.subjectStaff().orElse(null))).toList();
        Map<String, Long> load = cases.openCasesPerHandler(candidates);
        long least = load.values().stream().mapToLong(Long::longValue).min().orElseThrow();

        String chosen = assignment.assignAutomatically(open.reference(), "it", null);

        assertThat(candidates).contains(chosen);
        assertThat(load.get(chosen)).isEqualTo(least);
        assertThat(staff.findByUsername(chosen).orElseThrow().languages()).contains(open.language());
    }

    private static String file(Fixture fixture, String claim, String start) {
        Api.Reply reply = fixture.debtor().post("portal/cases",
                start + ",\"claimReference\":\"" + claim + "\",\"description\":\"Test\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.object().getString("reference");
    }

    private static List<String> references(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("reference")).toList();
    }
}

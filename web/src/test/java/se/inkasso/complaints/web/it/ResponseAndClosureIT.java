package se.inkasso.complaints.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Final responses with their checklist (D14, D9), reclassification (D2) and closure (D15), via the API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResponseAndClosureIT {

    private static final String COMPLETE = """
            {"decision":"PARTIALLY_UPHELD","reasons":"Vi borde ha ringt tillbaka som vi lovade.",
             "redress":"Vi stryker påminnelseavgiften på 60 kr.","language":"sv"}""";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aResponseWithoutReasonsIsRefusedNamingWhatIsMissing() {
        Fixture fixture = Fixture.create(base);
        String complaint = complaint(fixture);

        Api.Reply drafted = fixture.agent().post("cases/" + complaint + "/responses",
                "{\"decision\":\"REJECTED\",\"statesOnwardRoutes\":false}");
        assertThat(drafted.status()).isEqualTo(201);
        assertThat(drafted.object().getBoolean("sendable")).isFalse();
        assertThat(checks(drafted.object())).containsExactlyInAnyOrder("response.missing.reasons",
                "response.missing.redress", "response.missing.onward-routes");

        Api.Reply refused = fixture.agent().post("cases/" + complaint + "/responses/" + id(drafted) + "/send", "");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .containsExactlyInAnyOrder("reasons", "redress", "statesOnwardRoutes");
        assertThat(fixture.agent().get("cases/" + complaint).object().getString("status"))
                .as("still waiting for its answer, acknowledged or not").isIn("REGISTERED", "ACKNOWLEDGED");
    }

    @Test
    void aCompleteResponseIsSentAndTheCaseClosedWithItsRootCause() {
        Fixture fixture = Fixture.create(base);
        String complaint = complaint(fixture);
        assertThat(fixture.agent().post("cases/" + complaint + "/closure", "{\"rootCause\":\"PROCESS_ERROR\"}")
                .status()).as("not answered yet").isEqualTo(409);

        Api.Reply drafted = fixture.agent().post("cases/" + complaint + "/responses", COMPLETE);
        assertThat(drafted.object().getBoolean("sendable")).isTrue();
        Api.Reply sent = fixture.agent().post("cases/" + complaint + "/responses/" + id(drafted) + "/send", "");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.object().getString("status")).isEqualTo("RESPONDED");
        assertThat(steps(sent.object())).contains("response.drafted", "response.sent");
        assertThat(fixture.agent().post("cases/" + complaint + "/responses/" + id(drafted) + "/send", "").status())
                .as("sent twice").isEqualTo(409);

        assertThat(fixture.agent().post("cases/" + complaint + "/closure", "{}").status()).isEqualTo(400);
        Api.Reply unknownCause = fixture.agent().post("cases/" + complaint + "/closure", "{\"rootCause\":\"BAD_LUCK\"}");
        assertThat(unknownCause.status()).isEqualTo(422);
        assertThat(fixture.agent().get("root-cause").status()).isEqualTo(404);
        assertThat(fixture.agent().get("root-causes").array().getValuesAs(JsonObject.class))
                .extracting(cause -> cause.getString("code")).contains("PROCESS_ERROR", "STAFF_CONDUCT");

        JsonObject closed = fixture.agent().post("cases/" + complaint + "/closure", """
                {"rootCause":"PROCESS_ERROR","correctiveAction":"Rutin för återuppringning införd.",
                 "correctiveActionOwner":"teamlead","correctiveActionDue":"2027-01-15"}""").object();
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("rootCause")).isEqualTo("PROCESS_ERROR");
        assertThat(closed.getJsonObject("correctiveAction").getString("owner")).isEqualTo("teamlead");
        assertThat(closed.getJsonObject("correctiveAction").getString("due")).isEqualTo("2027-01-15");
        assertThat(closed.getJsonObject("correctiveAction").getBoolean("done")).isFalse();
        JsonObject done = fixture.teamLead().post("cases/" + complaint + "/corrective-action/done", "").object();
        assertThat(done.getJsonObject("correctiveAction").getBoolean("done")).isTrue();
    }

    @Test
    void aResponseToADebtorWhoObjectedMayNotPressureThem() {
        Fixture fixture = Fixture.create(base);
        String objection = fixture.debtor().post("portal/cases", "{\"type\":\"OBJECTION\",\"grounds\":\"NOT_OWED\","
                + "\"claimReference\":\"" + fixture.claim() + "\",\"description\":\"Aldrig beställt.\"}")
                .object().getString("reference");
        Api.Reply drafted = fixture.agent().post("cases/" + objection + "/responses", """
                {"decision":"REJECTED","redress":"ingen",
                 "reasons":"Om ni inte betalar ansöker vi om betalningsföreläggande hos Kronofogden."}""");
        assertThat(checks(drafted.object())).containsExactly("response.pressure");
        Api.Reply refused = fixture.agent().post("cases/" + objection + "/responses/" + id(drafted) + "/send", "");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("payment order");

        Api.Reply confirm = fixture.agent().post("cases/" + objection + "/responses", """
                {"decision":"REJECTED","redress":"none","reasons":"Please confirm your objection in writing."}""");
        assertThat(checks(confirm.object())).containsExactly("response.pressure");
    }

    @Test
    void aWrongClassificationIsCorrectedAndTheHoldFollowsTheType() {
        Fixture fixture = Fixture.create(base);
        String reference = complaint(fixture);

        JsonObject objection = fixture.agent().post("cases/" + reference + "/reclassification",
                "{\"type\":\"OBJECTION\",\"grounds\":\"ALREADY_PAID\",\"reason\":\"Gäldenären säger att fakturan är betald.\"}")
                .object();
        assertThat(objection.getString("type")).isEqualTo("OBJECTION");
        assertThat(objection.getString("reference")).isEqualTo(reference);
        assertThat(objection.getString("queue")).isEqualTo("OBJECTION-SV");
        assertThat(steps(objection)).contains("case.reclassified", "hold.placed");
        assertThat(fixture.agent().get("claims/" + fixture.claim()).object().getString("collectionStatus"))
                .isEqualTo("ON_HOLD");

        assertThat(fixture.agent().post("cases/" + reference + "/reclassification",
                "{\"type\":\"OBJECTION\",\"grounds\":\"NOT_OWED\",\"reason\":\"x\"}").status()).isEqualTo(409);
        assertThat(fixture.agent().post("cases/" + reference + "/reclassification", "{\"type\":\"COMPLAINT\"}")
                .status()).isEqualTo(400);

        fixture.agent().post("cases/" + reference + "/reclassification",
                "{\"type\":\"COMPLAINT\",\"category\":\"SERVICE\",\"reason\":\"Betalningen är bekräftad; kvar är klagomålet.\"}");
        assertThat(fixture.agent().get("claims/" + fixture.claim()).object().getString("collectionStatus"))
                .isEqualTo("ACTIVE");
    }

    @Test
    void aStaleSendIsAConflictAndSavesNothing() {
        Fixture fixture = Fixture.create(base);
        String complaint = complaint(fixture);
        long version = fixture.agent().get("cases/" + complaint).object().getJsonNumber("version").longValue();
        String draft = id(fixture.agent().post("cases/" + complaint + "/responses", COMPLETE));
        fixture.teamLead().post("cases/" + complaint + "/assignment", "{\"handler\":\"" + fixture.agentName() + "\"}");

        Api.Reply stale = fixture.agent().post("cases/" + complaint + "/responses/" + draft + "/send", "", null,
                "\"" + version + "\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(fixture.agent().get("cases/" + complaint).object().getString("status"))
                .as("still waiting for its answer, acknowledged or not").isIn("REGISTERED", "ACKNOWLEDGED");
    }

    private static String complaint(Fixture fixture) {
        return fixture.debtor().post("portal/cases", "{\"type\":\"COMPLAINT\",\"category\":\"SERVICE\","
                + "\"claimReference\":\"" + fixture.claim() + "\",\"description\":\"Ingen ringde tillbaka.\"}")
                .object().getString("reference");
    }

    private static String id(Api.Reply drafted) {
        return String.valueOf(drafted.object().getJsonNumber("id").longValue());
    }

    private static List<String> checks(JsonObject response) {
        return response.getJsonArray("missing").getValuesAs(JsonObject.class).stream()
                .map(check -> check.getString("check")).toList();
    }

    private static List<String> steps(JsonObject caseFile) {
        return caseFile.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .map(step -> step.getString("step")).toList();
    }
}

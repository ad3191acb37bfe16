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

/**
 * The objection's legal path through the API (D6-D8): the hold every collection action must pass,
 * the assessment, the creditor's position and each outcome.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ObjectionIT {

    private static final List<String> ACTIONS = List.of("REMINDER", "PAYMENT_DEMAND", "FEE",
            "PAYMENT_ORDER_APPLICATION");

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyCollectionActionIsRefusedWhileTheObjectionHoldsTheClaim() {
        Fixture fixture = Fixture.create(base);
        String objection = object(fixture, null);
        for (String action : ACTIONS) {
            Api.Reply refused = action(fixture, action, null);
            assertThat(refused.status()).as(action).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.object().getString("caseReference")).isEqualTo(objection);
        }
        assertThat(action(fixture, "REMINDER", null).object().getString("detail")).contains(objection);
        assertThat(fixture.agent().post("claims/" + fixture.secondClaim() + "/collection-actions",
                "{\"action\":\"PAYMENT_DEMAND\"}").status()).as("another claim of the debtor").isEqualTo(200);
    }

    @Test
    void aMereRefusalToPayIsNotSubstantiveAndLiftsTheHold() {
        Fixture fixture = Fixture.create(base);
        String objection = object(fixture, null);

        JsonObject assessed = fixture.agent().post("cases/" + objection + "/objection-assessment",
                "{\"substantive\":false,\"reason\":\"Gäldenären kan inte betala men bestrider inte skulden.\"}").object();

        assertThat(assessed.getBoolean("substantive")).isFalse();
        assertThat(assessed.getString("status")).isEqualTo("RESPONDED");
        assertThat(steps(assessed)).contains("objection.not-substantive", "hold.lifted");
        assertThat(claim(fixture).getString("collectionStatus")).isEqualTo("ACTIVE");
        assertThat(action(fixture, "PAYMENT_DEMAND", null).status()).isEqualTo(200);
    }

    @Test
    void aSubstantiveObjectionDisputesTheClaimUntilTheCreditorWithdrawsIt() {
        Fixture fixture = Fixture.create(base);
        String objection = object(fixture, null);

        JsonObject assessed = assess(fixture, objection);
        assertThat(assessed.getString("status")).isEqualTo("AWAITING_CREDITOR");
        assertThat(assessed.getString("creditorPositionDue")).isNotBlank();
        assertThat(claim(fixture).getString("collectionStatus")).isEqualTo("DISPUTED");
        assertThat(action(fixture, "REMINDER", null).status()).isEqualTo(409);

        JsonObject withdrawn = outcome(fixture, objection, "{\"outcome\":\"WITHDRAWN\",\"note\":\"Borgenären återkallar.\"}");
        assertThat(withdrawn.getString("objectionOutcome")).isEqualTo("WITHDRAWN");
        assertThat(claim(fixture).getString("collectionStatus")).isEqualTo("CLOSED");
        assertThat(action(fixture, "REMINDER", null).status()).isEqualTo(409);
    }

    @Test
    void aMaintainedClaimGoesToCourtNeverToAPaymentOrder() {
        Fixture fixture = Fixture.create(base);
        String objection = object(fixture, null);
        assess(fixture, objection);

        outcome(fixture, objection, "{\"outcome\":\"MAINTAINED\",\"note\":\"Borgenären står fast; tingsrätt.\"}");

        assertThat(claim(fixture).getString("collectionStatus")).isEqualTo("DISPUTED");
        assertThat(action(fixture, "PAYMENT_ORDER_APPLICATION", null).status()).isEqualTo(409);
        assertThat(action(fixture, "REMINDER", null).status()).isEqualTo(409);
    }

    @Test
    void partialLetsOnlyTheUndisputedPartContinue() {
        Fixture fixture = Fixture.create(base);
        String objection = object(fixture, null);
        assess(fixture, objection);

        outcome(fixture, objection, "{\"outcome\":\"PARTIAL\",\"disputedAmount\":\"200.00\"}");

        // balance 1 230 kr, 200 kr still disputed
        assertThat(action(fixture, "PAYMENT_DEMAND", "1030.00").status()).isEqualTo(200);
        Api.Reply above = action(fixture, "PAYMENT_DEMAND", "1030.01");
        assertThat(above.status()).isEqualTo(409);
        assertThat(above.object().getString("caseReference")).isEqualTo(objection);
        assertThat(action(fixture, "FEE", "60").status()).isEqualTo(409);
    }

    @Test
    void anAdjustmentCorrectsTheClaimAndRefundsFees() {
        Fixture fixture = Fixture.create(base);
        String objection = object(fixture, "400.00");
        assess(fixture, objection);

        outcome(fixture, objection, "{\"outcome\":\"ADJUSTED\",\"adjustedAmount\":\"600.00\",\"refundFees\":true}");

        JsonObject claim = claim(fixture);
        assertThat(claim.getString("principal")).isEqualTo("600.00");
        assertThat(claim.getString("fees")).isEqualTo("0.00");
        assertThat(claim.getString("balance")).isEqualTo("650.00");
        assertThat(claim.getString("collectionStatus")).isEqualTo("ACTIVE");
        assertThat(action(fixture, "PAYMENT_DEMAND", null).status()).isEqualTo(200);
    }

    @Test
    void stepsOutOfOrderAreConflictsAndBadInputIsNamed() {
        Fixture fixture = Fixture.create(base);
        String objection = object(fixture, null);
        String complaint = fixture.debtor().post("portal/cases",
                "{\"type\":\"COMPLAINT\",\"claimReference\":\"" + fixture.secondClaim() + "\",\"description\":\"x\"}")
                .object().getString("reference");

        assertThat(fixture.agent().post("cases/" + objection + "/objection-outcome", "{\"outcome\":\"WITHDRAWN\"}")
                .status()).as("outcome before assessment").isEqualTo(409);
        assertThat(fixture.agent().post("cases/" + complaint + "/objection-assessment",
                "{\"substantive\":true,\"reason\":\"x\"}").status()).as("a complaint").isEqualTo(409);
        Api.Reply missing = fixture.agent().post("cases/" + objection + "/objection-assessment", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field")).containsExactlyInAnyOrder("substantive", "reason");
        assess(fixture, objection);
        assertThat(fixture.agent().post("cases/" + objection + "/objection-assessment",
                "{\"substantive\":false,\"reason\":\"again\"}").status()).as("assessed twice").isEqualTo(409);
        assertThat(fixture.agent().post("cases/" + objection + "/objection-outcome",
                "{\"outcome\":\"PARTIAL\"}").status()).as("partial without amount").isEqualTo(422);
        assertThat(fixture.agent().post("claims/" + fixture.claim() + "/collection-actions", "{\"action\":\"SMS\"}")
                .status()).isEqualTo(400);
        assertThat(fixture.agent().post("claims/NO-SUCH/collection-actions", "{\"action\":\"FEE\"}").status())
                .isEqualTo(404);
        assertThat(claim(fixture).getString("collectionStatus")).isEqualTo("DISPUTED");
    }

    private static String object(Fixture fixture, String disputedAmount) {
        String amount = disputedAmount == null ? "" : ",\"disputedAmount\":\"" + disputedAmount + "\"";
        Api.Reply reply = fixture.debtor().post("portal/cases", "{\"type\":\"OBJECTION\",\"grounds\":\"ALREADY_PAID\","
                + "\"claimReference\":\"" + fixture.claim() + "\",\"description\":\"Redan betald.\"" + amount + "}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.object().getString("reference");
    }

    private static JsonObject assess(Fixture fixture, String objection) {
        Api.Reply reply = fixture.agent().post("cases/" + objection + "/objection-assessment",
                "{\"substantive\":true,\"reason\":\"Kvitto visar betalning före förfallodagen.\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.object();
    }

    private static JsonObject outcome(Fixture fixture, String objection, String body) {
        Api.Reply reply = fixture.agent().post("cases/" + objection + "/objection-outcome", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.object();
    }

    private static Api.Reply action(Fixture fixture, String action, String amount) {
        String amountField = amount == null ? "" : ",\"amount\":\"" + amount + "\"";
        return fixture.agent().post("claims/" + fixture.claim() + "/collection-actions",
                "{\"action\":\"" + action + "\"" + amountField + "}");
    }

    private static JsonObject claim(Fixture fixture) {
        return fixture.agent().get("claims/" + fixture.claim()).object();
    }

    private static List<String> steps(JsonObject caseFile) {
        return caseFile.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .map(step -> step.getString("step")).toList();
    }
}

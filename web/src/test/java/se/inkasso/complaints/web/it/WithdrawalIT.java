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
 * The debtor withdraws a case while it waits for its answer (D26): it becomes WITHDRAWN, keeps its
 * history, an objection's hold is lifted (D6), a letter confirms it; an answered case, another
 * debtor's case and a second withdrawal are refused and change nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WithdrawalIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aWithdrawnObjectionLiftsItsHoldAndIsConfirmedInWriting() throws Exception {
        Fixture fixture = Fixture.create(base);
        String reference = fixture.debtor().post("portal/cases", """
                {"type":"OBJECTION","grounds":"ALREADY_PAID","claimReference":"%s",
                 "description":"Jag tror att jag har betalat.","language":"en"}""".formatted(fixture.claim()))
                .object().getString("reference");
        assertThat(claim(fixture).getString("collectionStatus")).isEqualTo("ON_HOLD");
        assertThat(fixture.debtor().get("portal/cases/" + reference).object().getJsonArray("allowedActions")
                .getValuesAs(jakarta.json.JsonString.class)).extracting(jakarta.json.JsonString::getString)
                .contains("WITHDRAW");

        Fixture stranger = Fixture.create(base);
        assertThat(stranger.debtor().post("portal/cases/" + reference + "/withdrawal", "{}").status())
                .as("another debtor's case does not exist for them").isEqualTo(404);

        Api.Reply withdrawn = fixture.debtor().post("portal/cases/" + reference + "/withdrawal",
                "{\"reason\":\"I found the payment was for another invoice.\"}");
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.object().getString("status")).isEqualTo("WITHDRAWN");
        assertThat(claim(fixture).getString("collectionStatus")).as("D6: the hold ends with the objection")
                .isEqualTo("ACTIVE");
        JsonObject caseFile = fixture.agent().get("cases/" + reference).object();
        assertThat(steps(caseFile)).contains("case.received", "hold.placed", "case.withdrawn", "hold.lifted");
        assertThat(caseFile.getJsonArray("allowedActions")).isEmpty();

        JsonObject letter = LetterDeliveryIT.awaitLetter(fixture.agent(), reference, "WITHDRAWAL_CONFIRMATION");
        assertThat(LetterDeliveryIT.pdfText(fixture.debtor(), "/api/portal/letters/" + letter.getInt("id")))
                .contains("You have withdrawn your objection", reference, "no longer paused");

        assertThat(fixture.debtor().post("portal/cases/" + reference + "/withdrawal", "{}").status())
                .as("once is enough").isEqualTo(409);
        assertThat(fixture.debtor().post("portal/cases/" + reference + "/review-request",
                "{\"reason\":\"Ändå fel.\"}").status()).isEqualTo(409);
        assertThat(fixture.agent().get("cases?status=WITHDRAWN").status()).isLessThan(500);
    }

    @Test
    void anAnsweredComplaintCannotBeWithdrawn() {
        Fixture fixture = Fixture.create(base);
        String reference = fixture.fileComplaint();
        JsonObject draft = fixture.agent().post("cases/" + reference + "/responses", """
                {"decision":"REJECTED","reasons":"Vi ringde tillbaka samma dag.","redress":"Ingen.",
                 "language":"sv"}""").object();
        assertThat(fixture.agent().post("cases/" + reference + "/responses/" + draft.getInt("id") + "/send", "")
                .status()).isEqualTo(200);
        String before = fixture.agent().get("cases/" + reference).object().getString("status");

        Api.Reply refused = fixture.debtor().post("portal/cases/" + reference + "/withdrawal", "{}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fixture.agent().get("cases/" + reference).object().getString("status")).isEqualTo(before);
        assertThat(fixture.debtor().post("portal/cases/" + reference + "/withdrawal",
                "{\"reason\":\"" + "x".repeat(2001) + "\"}").status()).isEqualTo(400);
    }

    private static JsonObject claim(Fixture fixture) {
        return fixture.agent().get("claims/" + fixture.claim()).object();
    }

    private static List<String> steps(JsonObject caseFile) {
        return caseFile.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .map(step -> step.getString("step")).toList();
    }
}

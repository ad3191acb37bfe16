package se.inkasso.complaints.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Messages both ways (D24) over the API: the debtor writes about their case or in general, the
 * handler answers from the case, the debtor reads the answer (with an e-mail notice when they asked
 * for notices, D18); each message about a case is on its timeline without editing the case.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MessagesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void theDebtorWritesAboutTheirCaseAndReadsTheHandlersAnswer() {
        Fixture fixture = Fixture.withEmail(base, "debtor-" + UUID.randomUUID() + "@example.se");
        String reference = fixture.fileComplaint();

        Api.Reply written = fixture.debtor().post("portal/messages", """
                {"text":"Jag har redan betalat, se kvittot.","caseReference":"%s"}""".formatted(reference));
        assertThat(written.status()).isEqualTo(201);
        assertThat(written.object().getString("direction")).isEqualTo("FROM_DEBTOR");
        assertThat(written.object().getString("caseReference")).isEqualTo(reference);
        assertThat(written.object().containsKey("by")).as("the debtor is told no names").isFalse();

        JsonObject caseFile = fixture.agent().get("cases/" + reference).object();
        JsonObject fromDebtor = caseFile.getJsonArray("messages").getJsonObject(0);
        assertThat(fromDebtor.getString("text")).isEqualTo("Jag har redan betalat, se kvittot.");
        assertThat(fromDebtor.getString("by")).isEqualTo("debtor");
        assertThat(steps(caseFile)).contains("message.from-debtor");
        assertThat(caseFile.getJsonNumber("version").longValue()).as("a message is no edit of the case").isZero();

        Api.Reply answered = fixture.agent().post("cases/" + reference + "/messages",
                "{\"text\":\"Tack! Vi har fått kvittot och återkommer.\"}");
        assertThat(answered.status()).isEqualTo(201);
        assertThat(answered.object().getString("by")).isEqualTo(fixture.agentName());
        assertThat(steps(fixture.agent().get("cases/" + reference).object())).contains("message.from-agency");

        JsonObject answer = fixture.debtor().get("portal/messages").array().getValuesAs(JsonObject.class).stream()
                .filter(message -> message.getString("direction").equals("FROM_AGENCY") && !message.containsKey("letter"))
                .findFirst().orElseThrow();
        assertThat(answer.getString("body")).isEqualTo("Tack! Vi har fått kvittot och återkommer.");
        assertThat(answer.getString("caseReference")).isEqualTo(reference);
        assertThat(answer.getBoolean("unread")).isTrue();
        assertThat(fixture.debtor().post("portal/messages/" + answer.getInt("id") + "/read", "").status())
                .isEqualTo(204);

        List<JsonObject> conversation = fixture.debtor().get("portal/cases/" + reference).object()
                .getJsonArray("messages").getValuesAs(JsonObject.class);
        assertThat(conversation).extracting(message -> message.getString("direction"))
                .containsExactly("FROM_DEBTOR", "FROM_AGENCY");
        assertThat(conversation).noneMatch(message -> message.containsKey("by"));

        assertThat(fixture.agent().get("notifications?case=" + reference).object().getJsonArray("items")
                .getValuesAs(JsonObject.class)).as("an e-mail notice of the answer, with consent (D18)")
                .anyMatch(item -> item.getString("channel").equals("EMAIL") && item.getString("kind").equals("MESSAGE"));
    }

    @Test
    void aMessageNeedsWordsAndIsAboutTheDebtorsOwnCaseOrNone() {
        Fixture fixture = Fixture.create(base);
        Fixture stranger = Fixture.create(base);
        String strangers = stranger.fileComplaint();
        int before = fixture.debtor().get("portal/messages").array().size();

        assertThat(fixture.debtor().post("portal/messages", "{\"text\":\"   \"}").status()).isEqualTo(400);
        assertThat(fixture.debtor().post("portal/messages", "{\"text\":\"" + "a".repeat(4001) + "\"}").status())
                .isEqualTo(400);
        assertThat(fixture.debtor().post("portal/messages", """
                {"text":"Hej","caseReference":"%s"}""".formatted(strangers)).status())
                .as("another debtor's case does not exist for them").isEqualTo(404);
        assertThat(fixture.debtor().get("portal/messages").array()).hasSize(before);
        assertThat(stranger.agent().get("cases/" + strangers).object().getJsonArray("messages")).isEmpty();

        Api.Reply general = fixture.debtor().post("portal/messages", "{\"text\":\"Kan jag ändra min adress?\"}");
        assertThat(general.status()).isEqualTo(201);
        assertThat(general.object().containsKey("caseReference")).isFalse();
        JsonObject listed = fixture.debtor().get("portal/messages").array().getJsonObject(0);
        assertThat(listed.getString("body")).isEqualTo("Kan jag ändra min adress?");
        assertThat(listed.getString("direction")).isEqualTo("FROM_DEBTOR");
        assertThat(listed.getBoolean("unread")).as("one's own words are not news").isFalse();

        String own = fixture.fileComplaint();
        assertThat(fixture.agent().post("cases/" + own + "/messages", "{\"text\":\"  \"}").status()).isEqualTo(400);
        assertThat(fixture.agent().get("cases/" + own).object().getJsonArray("messages")).isEmpty();
    }

    @Test
    void theDebtorAddsToTheirOpenCaseWithoutRestartingItsClocks() {
        Fixture fixture = Fixture.create(base);
        String reference = fixture.fileComplaint();
        JsonObject before = fixture.agent().get("cases/" + reference).object();

        Api.Reply added = fixture.debtor().post("portal/cases/" + reference + "/additions",
                "{\"text\":\"Jag glömde: samtalet var den 3 mars.\"}");
        assertThat(added.status()).isEqualTo(201);
        assertThat(steps(added.object())).contains("case.added-to");
        JsonObject after = fixture.agent().get("cases/" + reference).object();
        JsonObject step = after.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("step").equals("case.added-to")).findFirst().orElseThrow();
        assertThat(step.getString("detail")).isEqualTo("Jag glömde: samtalet var den 3 mars.");
        assertThat(step.getString("actor")).isEqualTo("debtor");
        assertThat(after.getString("responseDue")).as("D25: the clocks go on").isEqualTo(before.getString("responseDue"));
        assertThat(after.getJsonNumber("version").longValue()).isEqualTo(before.getJsonNumber("version").longValue());

        Fixture stranger = Fixture.create(base);
        assertThat(stranger.debtor().post("portal/cases/" + reference + "/additions", "{\"text\":\"Hej\"}").status())
                .isEqualTo(404);
        assertThat(fixture.debtor().post("portal/cases/" + reference + "/additions", "{\"text\":\"\"}").status())
                .isEqualTo(400);
        assertThat(fixture.debtor().post("portal/cases/" + reference + "/withdrawal", "{}").status()).isEqualTo(200);
        Api.Reply ended = fixture.debtor().post("portal/cases/" + reference + "/additions", "{\"text\":\"En sak till.\"}");
        assertThat(ended.status()).as("an ended case takes nothing more").isEqualTo(409);
        assertThat(steps(fixture.agent().get("cases/" + reference).object()).stream()
                .filter("case.added-to"::equals)).hasSize(1);
    }

    private static List<String> steps(JsonObject caseFile) {
        return caseFile.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .map(step -> step.getString("step")).toList();
    }
}

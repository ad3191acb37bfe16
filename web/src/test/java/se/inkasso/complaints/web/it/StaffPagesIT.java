package se.inkasso.complaints.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The staff pages in a real browser (headless Chromium): login, the queue filtered in the
 * database, the officer's desk, and the server refusing the desk to an agent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffPagesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAgentLogsInFiltersTheQueueAndCannotReachTheOfficersDesk() {
        Fixture fixture = Fixture.create(base);
        String reference = fixture.fileComplaint();
        assertThat(fixture.agent().post("cases/" + reference + "/assignment",
                "{\"handler\":\"" + fixture.agentName() + "\"}").status()).isEqualTo(200);

        try (Browser browser = new Browser(base.toString(), 1400, 1000)) {
            browser.open("staff/queue.xhtml");
            browser.find(By.id("login:username"));
            assertThat(browser.url()).as("sent to the login page first").contains("login.xhtml");
            browser.screenshot("staff-login");
            browser.login(fixture.agentName(), "wrong password");
            assertThat(browser.find(By.id("login:messages")).getText()).contains("not right");

            browser.login(fixture.agentName(), FixtureResource.PASSWORD);
            browser.find(By.id("queue:cases"));
            assertThat(browser.url()).contains("/staff/queue.xhtml");
            assertThat(browser.find(By.id("user-name")).getText()).isEqualTo(fixture.agentName());
            assertThat(browser.text()).doesNotContain("Complaints officer's desk");

            browser.type(By.id("queue:handler"), fixture.agentName());
            browser.click(By.id("queue:apply"));
            browser.waitUntil(page -> browser.find(By.id("queue:cases_data")).getText().contains(reference)
                    && browser.find(By.id("queue:cases_data")).findElements(By.tagName("tr")).size() == 1);
            assertThat(browser.find(By.id("queue:cases_data")).getText()).contains("Complaint", "On track");
            browser.screenshot("staff-queue");

            browser.submit(By.linkText(reference));
            assertThat(browser.find(By.id("case-reference")).getText()).startsWith(reference);
            browser.waitUntil(page -> browser.find(By.id("letters")).getText().contains("Vi har tagit emot ditt klagomål")
                    || reloaded(browser, reference));
            assertThat(browser.find(By.id("timeline")).getText()).contains("Registered", "Letter sent");
            assertThat(browser.find(By.id("collection")).getText()).isEqualTo("Active");
            browser.screenshot("staff-case");

            browser.type(By.id("respond:reasons"), "Vi lovade att ringa tillbaka och gjorde det inte.");
            browser.submit(By.id("respond:send"));
            assertThat(browser.find(By.id("messages")).getText()).as("the checklist refuses it")
                    .contains("The response was not sent", "State the decision", "State the redress");
            assertThat(browser.find(By.id("respond:reasons")).getAttribute("value")).as("the text is kept")
                    .isEqualTo("Vi lovade att ringa tillbaka och gjorde det inte.");
            browser.click(By.cssSelector("label[for='respond:decision:0']"));
            browser.type(By.id("respond:redress"), "Vi stryker påminnelseavgiften.");
            browser.waitUntil(page -> browser.find(By.id("respond:checklist")).getText().contains("Everything is there"));
            browser.screenshot("staff-case-response");
            browser.submit(By.id("respond:send"));
            assertThat(browser.find(By.id("messages")).getText()).contains(reference, "response is sent");
            assertThat(browser.find(By.id("timeline")).getText()).contains("Response sent");
            browser.open("staff/case.xhtml?reference=KL-1999-000000");
            assertThat(browser.text()).as("an unknown case").contains("404");

            browser.open("staff/desk.xhtml");
            assertThat(browser.find(By.id("forbidden")).getText()).isEqualTo("Not for your role");

            browser.open("staff/queue.xhtml");
            assertThat(browser.find(By.id("queue:handler")).getAttribute("value"))
                    .as("the filters are remembered").isEqualTo(fixture.agentName());
            browser.submit(By.id("user:logout"));
            assertThat(browser.find(By.tagName("main")).getText()).contains("You have logged out");
            browser.open("staff/queue.xhtml");
            browser.find(By.id("login:username"));
        }
    }

    @Test
    void aTeamLeadAssignsSeveralCasesAtOnce() {
        Fixture fixture = Fixture.create(base);
        java.util.List<String> references = new java.util.ArrayList<>();
        for (String claim : new String[] {fixture.claim(), fixture.secondClaim()}) {
            String reference = fixture.debtor().post("portal/cases", "{\"type\":\"COMPLAINT\",\"claimReference\":\""
                    + claim + "\",\"category\":\"SERVICE\",\"description\":\"Ingen svarade.\"}").object()
                    .getString("reference");
            fixture.agent().post("cases/" + reference + "/assignment", "{\"handler\":\"" + fixture.agentName() + "\"}");
            references.add(reference);
        }
        try (Browser browser = new Browser(base.toString(), 1400, 1000)) {
            browser.open("staff/queue.xhtml");
            browser.login(fixture.data().getString("teamLead"), FixtureResource.PASSWORD);
            browser.type(By.id("queue:handler"), fixture.agentName());
            browser.click(By.id("queue:apply"));
            browser.waitUntil(page -> browser.find(By.id("queue:cases_data")).findElements(By.tagName("tr")).size() == 2);
            browser.click(By.cssSelector("#queue\\:cases th .ui-chkbox-box"));
            browser.type(By.id("queue:assignTo"), fixture.englishAgentName());
            browser.click(By.id("queue:assign"));
            browser.waitUntil(page -> browser.find(By.id("queue:messages")).getText()
                    .contains(fixture.englishAgentName() + " does not write in the case's language"));
            assertThat(browser.find(By.id("queue:cases_data")).findElements(By.cssSelector("tr.ui-state-highlight")))
                    .as("the selection stays for another try").hasSize(2);
            browser.type(By.id("queue:assignTo"), fixture.officerName());
            browser.click(By.id("queue:assign"));
            browser.waitUntil(page -> browser.find(By.id("queue:messages")).getText()
                    .contains("2 cases given to " + fixture.officerName()));
            browser.screenshot("staff-queue-bulk");
        }
        for (String reference : references) {
            assertThat(fixture.agent().get("cases/" + reference).object().getString("handler"))
                    .isEqualTo(fixture.officerName());
        }
    }

    /** No SMTP server listens during this test: the e-mail notice is given up, and a team lead sends it again. */
    @Test
    void aTeamLeadSeesWhatWasGivenUpAndSendsItAgain() {
        Fixture fixture = Fixture.withEmail(base, "debtor-" + java.util.UUID.randomUUID() + "@example.se");
        String reference = fixture.fileComplaint();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90)).until(() -> fixture.agent()
                .get("notifications?case=" + reference).object().getJsonArray("items").getValuesAs(
                        jakarta.json.JsonObject.class).stream().anyMatch(item -> item.getString("status").equals("DEAD")));
        try (Browser browser = new Browser(base.toString(), 1400, 1000)) {
            browser.open("staff/notifications.xhtml");
            browser.login(fixture.data().getString("teamLead"), FixtureResource.PASSWORD);
            String row = "//tr[contains(., '" + reference + "')]";
            assertThat(browser.find(By.xpath(row)).getText()).contains("EMAIL", "mail server");
            browser.screenshot("staff-dead-letters");
            browser.click(By.xpath(row + "//button[contains(@id, 'retry')]"));
            browser.waitUntil(page -> browser.find(By.id("dead:messages")).getText().contains("on its way again"));
        }
        assertThat(fixture.agent().get("notifications?case=" + reference).object().getJsonArray("items")
                .getValuesAs(jakarta.json.JsonObject.class)).anySatisfy(item -> {
                    assertThat(item.getString("channel")).isEqualTo("EMAIL");
                    assertThat(item.getString("status")).as("sent again, and trying").isIn("PENDING", "DEAD");
                    assertThat(item.getInt("attempts")).isLessThan(5);
                });
    }

    /** The acknowledgement may still be on its way when the page first opens. */
    private static boolean reloaded(Browser browser, String reference) {
        browser.open("staff/case.xhtml?reference=" + reference);
        return false;
    }

    @Test
    void theComplaintsOfficerSeesTheReviewsWaiting() {
        Fixture fixture = Fixture.create(base);
        String reference = fixture.fileComplaint();
        String drafted = fixture.agent().post("cases/" + reference + "/responses", "{\"decision\":\"REJECTED\","
                + "\"reasons\":\"Vi har följt rutinen.\",\"redress\":\"ingen\",\"language\":\"sv\"}").object()
                .get("id").toString();
        fixture.agent().post("cases/" + reference + "/responses/" + drafted + "/send", "");
        assertThat(fixture.debtor().post("portal/cases/" + reference + "/review-request",
                "{\"reason\":\"Jag vill att någon annan tittar på det.\"}").status()).isEqualTo(201);

        try (Browser browser = new Browser(base.toString(), 1400, 1000)) {
            browser.open("staff/desk.xhtml");
            browser.login(fixture.officerName(), FixtureResource.PASSWORD);
            browser.find(By.id("reviews"));
            assertThat(browser.url()).contains("/staff/desk.xhtml");
            assertThat(browser.find(By.id("reviews")).getText()).contains(reference,
                    "Jag vill att någon annan tittar på det.");
            browser.screenshot("staff-desk");

            browser.submit(By.xpath("//tr[contains(., '" + reference + "')]//a[contains(@id, 'decide')]"));
            assertThat(browser.find(By.id("reason")).getText()).isEqualTo("Jag vill att någon annan tittar på det.");
            browser.submit(By.id("decision:decide"));
            assertThat(browser.find(By.id("decision")).getText()).as("nothing chosen: each missing part named")
                    .contains("reasons for the decision");
            browser.click(By.cssSelector("label[for='decision:outcome:2']"));
            browser.type(By.id("decision:reasons"), "Svaret stod sig: avgiften var rätt.");
            browser.screenshot("staff-review-decision");
            browser.submit(By.id("decision:decide"));
            assertThat(browser.find(By.id("messages")).getText()).contains(reference, "decision is recorded");
        }
        assertThat(fixture.agent().get("cases/" + reference).object().getJsonArray("reviews").getJsonObject(0)
                .getString("outcome")).isEqualTo("NOT_UPHELD");
    }
}

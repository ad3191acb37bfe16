package se.inkasso.complaints.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The case page's actions in a real browser (#7): an objection assessed (D7), its outcome (D8)
 * and the closure (D15); a change someone else made meanwhile shown with the input kept; the
 * queue taken away as CSV and XLSX.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseActionsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anObjectionIsAssessedDecidedAndClosedOnTheCasePage() {
        Fixture fixture = Fixture.create(base);
        String reference = objection(fixture);
        try (Browser browser = new Browser(base.toString(), 1400, 1100)) {
            browser.open("staff/case.xhtml?reference=" + reference);
            browser.login(fixture.agentName(), FixtureResource.PASSWORD);
            assertThat(browser.find(By.id("case-reference")).getText()).startsWith(reference);
            assertThat(browser.find(By.id("collection")).getText()).as("D6: held while it is looked into")
                    .startsWith("On hold");

            browser.submit(By.id("assess:save"));
            assertThat(browser.find(By.id("assess")).getText()).as("nothing chosen: refused beside the fields")
                    .contains("Choose one of the options");
            browser.click(By.cssSelector("label[for='assess:substantive:0']"));
            browser.type(By.id("assess:reason"), "Kvittot visar en betalning som borgenären ska pröva.");
            browser.submit(By.id("assess:save"));
            assertThat(browser.find(By.id("messages")).getText()).contains(reference, "assessment is recorded");
            assertThat(browser.find(By.id("handling")).getText()).contains("Substantive", "Creditor's position due");
            browser.screenshot("staff-case-actions");

            browser.click(By.cssSelector("label[for='outcome:choice:0']"));
            browser.type(By.id("outcome:note"), "Borgenären har återkallat kravet.");
            browser.submit(By.id("outcome:save"));
            assertThat(browser.find(By.id("messages")).getText()).contains(reference, "outcome is recorded");
            assertThat(browser.find(By.id("case-reference")).getText()).contains("Answered");

            browser.submit(By.id("close:save"));
            assertThat(browser.find(By.id("close")).getText()).as("no root cause chosen").contains("Choose one");
            browser.choose("close:rootCause", "Payment not registered");
            browser.type(By.id("close:corrective"), "Stäm av inbetalningar mot borgenären varje vecka.");
            browser.type(By.id("close:owner"), fixture.data().getString("teamLead"));
            browser.submit(By.id("close:save"));
            assertThat(browser.find(By.id("messages")).getText()).contains(reference, "case is closed");
            assertThat(browser.find(By.id("case-reference")).getText()).contains("Closed");
            assertThat(browser.text()).as("marking it done is for team leads").doesNotContain("Mark as carried out");
            assertThat(browser.find(By.id("timeline")).getText()).contains("Objection found substantive",
                    "Creditor withdrew the claim", "Closed");
        }
        var caseFile = fixture.agent().get("cases/" + reference).object();
        assertThat(caseFile.getString("status")).isEqualTo("CLOSED");
        assertThat(caseFile.getString("objectionOutcome")).isEqualTo("WITHDRAWN");
    }

    @Test
    void aChangeSomeoneElseMadeIsShownAndTheInputKept() {
        Fixture fixture = Fixture.create(base);
        String reference = objection(fixture);
        try (Browser browser = new Browser(base.toString(), 1400, 1100)) {
            browser.open("staff/case.xhtml?reference=" + reference);
            browser.login(fixture.agentName(), FixtureResource.PASSWORD);
            browser.type(By.id("note:text"), "Ringde gäldenären, kvittot kommer per post.");
            assertThat(fixture.teamLead().post("cases/" + reference + "/assignment",
                    "{\"handler\":\"" + fixture.officerName() + "\"}").status()).isEqualTo(200);

            browser.submit(By.id("note:save"));
            assertThat(browser.find(By.id("messages")).getText()).contains("Someone else changed this case",
                    fixture.data().getString("teamLead"), "Assigned");
            assertThat(browser.find(By.id("note:text")).getAttribute("value")).as("what was typed is kept")
                    .isEqualTo("Ringde gäldenären, kvittot kommer per post.");
            browser.screenshot("staff-case-conflict");

            browser.submit(By.id("note:save"));
            assertThat(browser.find(By.id("messages")).getText()).contains(reference, "note is saved");
            assertThat(browser.find(By.id("timeline")).getText())
                    .contains("Note – Ringde gäldenären, kvittot kommer per post.");
        }
        assertThat(fixture.agent().get("cases/" + reference).object().getString("handler"))
                .as("the other change stands").isEqualTo(fixture.officerName());
        assertThat(fixture.debtor().get("portal/cases/" + reference).body()).as("a note is for staff only")
                .doesNotContain("kvittot kommer per post");
    }

    @Test
    void theFilteredQueueIsTakenAwayAsCsvAndXlsx() throws Exception {
        Fixture fixture = Fixture.create(base);
        String reference = objection(fixture);
        fixture.agent().post("cases/" + reference + "/assignment", "{\"handler\":\"" + fixture.agentName() + "\"}");
        try (Browser browser = new Browser(base.toString(), 1400, 1000)) {
            browser.open("staff/queue.xhtml");
            browser.login(fixture.agentName(), FixtureResource.PASSWORD);
            browser.type(By.id("queue:handler"), fixture.agentName());
            browser.click(By.id("queue:apply"));
            browser.waitUntil(page -> browser.find(By.id("queue:cases_data")).getText().contains(reference));

            browser.click(By.id("queue:exportCsv"));
            Path csv = browser.downloaded(".csv");
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertThat(lines.get(0)).startsWith("\uFEFFCase,Type,Status,Debtor,Personal identity number (masked)");
            assertThat(lines).hasSize(2).element(1).asString().startsWith(reference + ",Objection,")
                    .contains(fixture.agentName()).doesNotContain(fixture.personnummer().substring(fixture.personnummer().length() - 4));

            browser.click(By.id("queue:exportXlsx"));
            Path xlsx = browser.downloaded(".xlsx");
            try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
                List<Row> rows = workbook.getFirstSheet().read();
                assertThat(rows).hasSize(2);
                assertThat(rows.get(1).getCellText(0)).isEqualTo(reference);
                assertThat(rows.get(1).getCellAsDate(7)).as("answer due is a date cell").isPresent();
            }
        }
    }

    private static String objection(Fixture fixture) {
        Api.Reply reply = fixture.debtor().post("portal/cases", "{\"type\":\"OBJECTION\",\"grounds\":\"ALREADY_PAID\","
                + "\"claimReference\":\"" + fixture.claim() + "\",\"description\":\"Jag har redan betalt.\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.object().getString("reference");
    }
}

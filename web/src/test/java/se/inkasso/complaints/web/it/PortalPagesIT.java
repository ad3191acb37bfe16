package se.inkasso.complaints.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
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
 * My pages in a real browser (#8): the demo login with the scam warning, the claims with how to
 * pay (Bankgiro, OCR, D22), a case with what happens next, the inbox, and "not satisfied" (D16);
 * another debtor's case is not found.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalPagesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aDebtorSeesClaimsCasesAndLettersAndAsksForReview() {
        Fixture fixture = Fixture.create(base);
        Fixture stranger = Fixture.create(base);
        String reference = fixture.fileComplaint();
        String strangers = stranger.debtor().post("portal/cases", "{\"type\":\"COMPLAINT\",\"claimReference\":\""
                + stranger.claim() + "\",\"category\":\"SERVICE\",\"description\":\"Hemligt.\"}").object()
                .getString("reference");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> fixture.debtor()
                .get("portal/cases/" + reference).object().getJsonArray("letters").size() == 1);
        // the creditor withdraws the second claim: nothing is left to pay on it
        String objection = fixture.debtor().post("portal/cases", "{\"type\":\"OBJECTION\",\"grounds\":\"NOT_OWED\","
                + "\"claimReference\":\"" + fixture.secondClaim() + "\",\"description\":\"Inte min skuld.\"}")
                .object().getString("reference");
        assertThat(fixture.agent().post("cases/" + objection + "/objection-assessment",
                "{\"substantive\":true,\"reason\":\"Borgenären tillfrågas.\"}").status()).isEqualTo(200);
        assertThat(fixture.agent().post("cases/" + objection + "/objection-outcome", "{\"outcome\":\"WITHDRAWN\"}")
                .status()).isEqualTo(200);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> fixture.debtor().get("portal/messages").array().size() >= 2);

        try (Browser browser = new Browser(base.toString(), 1280, 1000)) {
            browser.open("portal/my/index.xhtml");
            assertThat(browser.find(By.id("scam-title")).getText()).contains("fake text messages");
            assertThat(browser.find(By.id("demo-label")).getText()).contains("Demo login");
            browser.login(fixture.personnummer(), "wrong-password");
            assertThat(browser.find(By.id("login:messages")).getText()).contains("personal identity number or the password");
            browser.screenshot("portal-login");
            browser.assertAccessible("the portal's login page");
            browser.login(fixture.personnummer(), FixtureResource.PASSWORD);

            String claim = browser.find(By.id("claim-" + fixture.claim())).getText();
            assertThat(fixture.data().getString("balance")).isEqualTo("1230.00");
            assertThat(claim).contains("Left to pay", "SEK 1,230.00", "Paid so far", "SEK 0.00", "Bankgiro",
                    "OCR number").doesNotContain("−SEK", "-SEK");
            assertThat(browser.find(By.id("ocr-" + fixture.claim())).getText()).matches("[0-9]+");
            assertThat(browser.find(By.id("claim-" + fixture.secondClaim())).getText())
                    .contains("there is nothing left to pay").doesNotContain("OCR number", "Pay at the latest");
            assertThat(browser.find(By.id("unread")).getText()).as("letters of two cases, in the plural")
                    .containsPattern("You have [2-9] unread messages\\. Read them here\\.");
            browser.screenshot("portal-my-pages");
            browser.assertAccessible("My pages");

            // D18: every e-mail notice says it can be turned off here
            browser.type(By.id("notices:email"), "anna@");
            browser.click(By.id("notices:consent"));
            browser.submit(By.id("notices:save"));
            assertThat(browser.find(By.id("notices")).getText()).contains("Write the e-mail address like");
            browser.typeOver(By.id("notices:email"), "anna.testsson@example.se");
            browser.submit(By.id("notices:save"));
            assertThat(browser.find(By.id("messages")).getText()).contains("Saved.");
            JsonObject person = fixture.debtor().get("portal/personal-data").object().getJsonObject("person");
            assertThat(person.getString("email")).isEqualTo("anna.testsson@example.se");
            assertThat(person.getBoolean("emailNotices")).isTrue();

            browser.submit(By.linkText("Complaint " + reference));
            assertThat(browser.find(By.id("status")).getText()).contains("We are looking into it",
                    "You get our answer by letter");
            assertThat(browser.find(By.id("letters")).getText()).contains("(PDF)");
            assertThat(browser.find(By.id("timeline")).getText()).contains("We received it");
            assertThat(browser.text()).as("not answered yet: no review to ask for").doesNotContain("Not satisfied");
            browser.screenshot("portal-case");
            browser.assertAccessible("a case in My pages");

            // the language switched on a page the browser keeps no copy of: back finds the page
            // before, fetched again, not the browser's "confirm form resubmission" error
            browser.submit(By.id("language:sv"));
            assertThat(browser.find(By.id("status")).getText()).contains("Vi utreder");
            browser.back();
            assertThat(browser.find(By.id("status")).getText()).contains("Vi utreder");
            browser.submit(By.id("language:en"));

            browser.submit(By.id("nav-messages"));
            assertThat(browser.find(By.id("inbox")).getText()).contains("New:");
            browser.screenshot("portal-messages");
            browser.assertAccessible("the inbox");

            assertThat(((Number) browser.script("return PF('idleMonitor').cfg.timeout;")).longValue())
                    .as("warned two minutes before the 30-minute session ends").isEqualTo((30 * 60 - 120) * 1000L);
            browser.script("PF('idleWarning').show();");
            assertThat(browser.find(By.id("idle:warning")).getText()).contains("we log you out in 2 minutes");
            browser.screenshot("portal-idle-warning");
            browser.assertAccessible("the inactivity warning");
            browser.click(By.id("idle:stay"));
            browser.waitUntil(page -> !page.findElement(By.id("idle:warning")).isDisplayed());

            browser.open("portal/my/case.xhtml?reference=" + strangers);
            assertThat(browser.find(By.id("not-found")).getText()).contains("not found");
            assertThat(browser.text()).doesNotContain("Hemligt");
        }

        String drafted = fixture.agent().post("cases/" + reference + "/responses", "{\"decision\":\"REJECTED\","
                + "\"reasons\":\"Vi har följt rutinen.\",\"redress\":\"ingen\",\"language\":\"en\"}").object()
                .get("id").toString();
        fixture.agent().post("cases/" + reference + "/responses/" + drafted + "/send", "");
        try (Browser browser = new Browser(base.toString(), 390, 844)) {
            browser.open("portal/my/case.xhtml?reference=" + reference);
            browser.login(fixture.personnummer(), FixtureResource.PASSWORD);
            assertThat(browser.find(By.id("status")).getText()).contains("We have answered",
                    "Our decision: We did not agree with you");
            assertThat(browser.text()).as("answered: the dates it was due by no longer matter")
                    .doesNotContain("You get our answer by", "At the very latest");
            assertThat(browser.find(By.id("your-words")).getText()).contains("What you wrote", "Ingen svarade.");
            assertThat(browser.find(By.id("review")).getText()).contains("I am not satisfied");
            browser.submit(By.id("review:send"));
            assertThat(browser.find(By.id("review")).getText()).as("the reason is asked for").contains("Say why");
            browser.type(By.id("review:reason"), "Ni har inte svarat på min fråga om avgiften.");
            browser.submit(By.id("review:send"));
            assertThat(browser.find(By.id("messages")).getText()).contains("complaints officer will look");
            assertThat(browser.find(By.id("status")).getText()).contains("complaints officer is looking at it again",
                    "The date is under");
            assertThat(browser.find(By.className("review-state")).getText()).startsWith("The complaints officer will answer by");
            browser.screenshot("portal-case-phone");
            browser.assertAccessible("a case at phone width");
            for (String page : new String[] {"my/index", "my/messages", "my/file", "login", "index"}) {
                browser.open("portal/" + page + ".xhtml");
                browser.find(By.tagName("h1"));
                browser.screenshot("portal-" + page.replace("/", "-") + "-phone");
                browser.assertAccessible("portal/" + page + " at phone width");
            }
            browser.submit(By.id("me:logout"));
            assertThat(browser.find(By.tagName("main")).getText()).contains("You have logged out");
        }
    }

    @Test
    void aDebtorFilesAnObjectionWithAReceiptAndCollectionPauses() throws Exception {
        Fixture fixture = Fixture.create(base);
        java.nio.file.Path files = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "uploads"));
        java.nio.file.Path disguised = files.resolve("kvitto-falskt.pdf");
        java.nio.file.Files.write(disguised, new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});
        java.nio.file.Path large = files.resolve("stort-kvitto.pdf");
        byte[] eleven = new byte[11 * 1024 * 1024];
        System.arraycopy("%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, eleven, 0, 8);
        java.nio.file.Files.write(large, eleven);
        java.nio.file.Path receipt = files.resolve("kvitto.pdf");
        java.nio.file.Files.writeString(receipt, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

        String reference;
        try (Browser browser = new Browser(base.toString(), 1280, 1000)) {
            browser.open("portal/my/file.xhtml");
            browser.login(fixture.personnummer(), FixtureResource.PASSWORD);
            browser.submit(By.id("filing:next"));
            assertThat(browser.find(By.id("filing:problems")).getText()).contains("Choose what you want to tell us");
            browser.assertAccessible("filing, a question left unanswered");
            browser.screenshot("portal-file-problem");

            browser.click(By.cssSelector("label[for='filing:kind:1']"));
            browser.submit(By.id("filing:next"));
            browser.screenshot("portal-file-claim");
            browser.assertAccessible("filing, which claim");
            browser.click(By.cssSelector("label[for='filing:claim:0']"));
            browser.submit(By.id("filing:next"));
            browser.screenshot("portal-file-why");
            browser.assertAccessible("filing, why");
            browser.click(By.cssSelector("label[for='filing:grounds:0']"));
            browser.submit(By.id("filing:next"));
            browser.screenshot("portal-file-words");
            browser.assertAccessible("filing, in your own words");
            // a text over the limit is said, not cut
            browser.script("document.getElementById('filing:description').value = 'x'.repeat(4001)");
            browser.submit(By.id("filing:next"));
            assertThat(browser.text()).contains("The description is longer than 4,000 characters");
            browser.typeOver(By.id("filing:description"), "Jag betalade hela beloppet den 3 november, se kvittot.");
            browser.submit(By.id("filing:next"));

            By chooser = By.cssSelector("#filing\\:attachments input[type=file]");
            browser.attach(chooser, disguised);
            browser.waitUntil(page -> page.findElement(By.id("filing:attachments-message")).getText()
                    .contains("is not a PDF, JPEG or PNG"));
            browser.attach(chooser, large);
            browser.waitUntil(page -> page.findElement(By.id("filing:attachments-message")).getText()
                    .contains("larger than 10 MB"));
            browser.attach(chooser, receipt);
            browser.waitUntil(page -> page.findElement(By.id("filing:documents")).getText().contains("kvitto.pdf"));
            assertThat(browser.find(By.id("filing:documents")).getText()).doesNotContain("falskt", "stort");
            browser.screenshot("portal-file-documents");
            browser.assertAccessible("filing, documents");
            browser.submit(By.id("filing:next"));

            assertThat(browser.find(By.id("filing:check")).getText()).contains("I think the claim is wrong",
                    fixture.claim(), "I have already paid", "kvitto.pdf", "we do not collect the claim");
            browser.screenshot("portal-file-check");
            browser.assertAccessible("filing, check your answers");
            browser.submit(By.id("filing:send"));

            assertThat(browser.find(By.id("filed")).getText()).contains("we have received it");
            assertThat(browser.find(By.id("paused")).getText()).contains("we do not collect the claim");
            reference = browser.find(By.cssSelector(".reference")).getText();
            browser.screenshot("portal-filed");
            browser.assertAccessible("the confirmation");
            assertThat(browser.text()).as("a receipt to keep").contains("What you wrote",
                    "Jag betalade hela beloppet den 3 november", fixture.claim(), "Print this receipt");
            assertThat((Boolean) browser.script("return [...document.styleSheets].some(sheet => {"
                    + " try { return [...sheet.cssRules].some(rule => rule.media && rule.media.mediaText === 'print'"
                    + " && rule.cssText.includes('.app-header')); } catch (e) { return false; } });"))
                    .as("printed without the page's header and menus").isTrue();

            // back to the check page and send again: the same contact, or a page opened afresh; never a second case
            browser.back();
            browser.submit(By.id("filing:send"));

            browser.open("portal/my/index.xhtml");
            assertThat(browser.find(By.id("claim-" + fixture.claim())).getText()).contains("Paused");
            browser.open("portal/my/case.xhtml?reference=" + reference);
            String link = browser.find(By.cssSelector("#documents a")).getAttribute("href");
            String path = link.substring(link.indexOf("/api/") + "/api/".length());
            Api.Reply document = fixture.debtor().get(path);
            assertThat(document.status()).isEqualTo(200);
            assertThat(document.body()).startsWith("%PDF-1.4");
        }
        assertThat(fixture.debtor().get("portal/cases").array()).as("sent twice, registered once (D5)").hasSize(1);
        assertThat(fixture.agent().get("cases/" + reference).object().getString("type")).isEqualTo("OBJECTION");
    }

    @Test
    void anyoneReportsASuspiciousMessageFromTheWarning() {
        try (Browser browser = new Browser(base.toString(), 1280, 1000)) {
            browser.open("index.xhtml");
            assertThat(browser.find(By.id("scam-title")).getText()).contains("fake text messages");
            browser.assertAccessible("the start page");
            browser.submit(By.id("scam-report"));
            browser.submit(By.id("scam:send"));
            assertThat(browser.find(By.id("scam")).getText()).as("each missing part beside its field")
                    .contains("the sender's name or number", "text of the message");
            browser.type(By.id("scam:sender"), "+46 70 000 00 00");
            browser.type(By.id("scam:text"), "Inkasso: uppdatera dina uppgifter på http://example.invalid");
            browser.assertAccessible("the scam report form");
            browser.submit(By.id("scam:send"));
            assertThat(browser.find(By.id("thanks")).getText()).contains("Thank you");
        }
    }
}

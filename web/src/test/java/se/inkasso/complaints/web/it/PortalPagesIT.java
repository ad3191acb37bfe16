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
 * My pages in a real browser (#8): the demo login with the scam warning, the claims with how to
 * pay (Bankgiro, OCR, D22), a case with what happens next, the inbox, and "not satisfied" (D16);
 * another debtor's case is not found.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.applicationWith(TestData.class, FixtureResource.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aDebtorSeesClaimsCasesAndLettersAndAsksForReview() {
        Fixture fixture = Fixture.create(base);
        Fixture stranger = Fixture.create(base);
        String reference = fixture.debtor().post("portal/cases", "{\"type\":\"COMPLAINT\",\"claimReference\":\""
                + fixture.claim() + "\",\"category\":\"SERVICE\",\"description\":\"Ingen svarade.\"}").object()
                .getString("reference");
        String strangers = stranger.debtor().post("portal/cases", "{\"type\":\"COMPLAINT\",\"claimReference\":\""
                + stranger.claim() + "\",\"category\":\"SERVICE\",\"description\":\"Hemligt.\"}").object()
                .getString("reference");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> fixture.debtor()
                .get("portal/cases/" + reference).object().getJsonArray("letters").size() == 1);

        try (Browser browser = new Browser(base.toString(), 1280, 1000)) {
            browser.open("portal/my/index.xhtml");
            assertThat(browser.find(By.id("scam-title")).getText()).contains("fake text messages");
            assertThat(browser.find(By.id("demo-label")).getText()).contains("Demo login");
            browser.login(fixture.personnummer(), "wrong-password");
            assertThat(browser.find(By.id("login:messages")).getText()).contains("personal identity number or the password");
            browser.screenshot("portal-login");
            browser.login(fixture.personnummer(), FixtureResource.PASSWORD);

            String claim = browser.find(By.id("claim-" + fixture.claim())).getText();
            assertThat(claim).contains("Left to pay", fixture.data().getString("balance"), "Bankgiro", "OCR number");
            assertThat(browser.find(By.id("ocr-" + fixture.claim())).getText()).matches("[0-9]+");
            assertThat(browser.find(By.id("unread")).getText()).contains("1 unread");
            browser.screenshot("portal-my-pages");

            browser.click(By.linkText("Complaint " + reference));
            assertThat(browser.find(By.id("status")).getText()).contains("We are looking into it",
                    "You get our answer by letter");
            assertThat(browser.find(By.id("letters")).getText()).contains("(PDF)");
            assertThat(browser.find(By.id("timeline")).getText()).contains("We received it");
            assertThat(browser.text()).as("not answered yet: no review to ask for").doesNotContain("Not satisfied");
            browser.screenshot("portal-case");

            browser.click(By.id("nav-messages"));
            assertThat(browser.find(By.id("inbox")).getText()).contains("New:");
            browser.screenshot("portal-messages");

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
            assertThat(browser.find(By.id("status")).getText()).contains("We have answered");
            browser.submit(By.id("review:send"));
            assertThat(browser.find(By.id("review")).getText()).as("the reason is asked for").contains("Say why");
            browser.type(By.id("review:reason"), "Ni har inte svarat på min fråga om avgiften.");
            browser.submit(By.id("review:send"));
            assertThat(browser.find(By.id("messages")).getText()).contains("complaints officer will look");
            assertThat(browser.find(By.id("status")).getText()).contains("complaints officer is looking at it again");
            browser.screenshot("portal-case-phone");
            browser.click(By.id("me:logout"));
            assertThat(browser.find(By.tagName("main")).getText()).contains("You have logged out");
        }
    }
}

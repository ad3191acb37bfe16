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
 * The way in and what anyone may read (D27): a visible "Log in" on every public page and at the
 * top of the portal's page, the agency's phone number in the footer, the complaint policy in
 * Swedish and English, and from a case the version it was received under; at desktop and phone
 * width, axe-core clean.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aDebtorFindsTheWayInAndReadsThePolicyOfTheirCase() {
        Fixture fixture = Fixture.create(base);
        String reference = fixture.fileComplaint();
        String version = fixture.anonymous().get("policy").object().getString("version");

        try (Browser phone = new Browser(base.toString(), 390, 844)) {
            phone.open("");
            assertThat(phone.find(By.id("nav-login")).isDisplayed()).as("the way in, at the top").isTrue();
            assertThat(phone.find(By.id("footer-contact")).getText()).contains("08-123 456 00");
            phone.open("portal/index.xhtml");
            assertThat(phone.find(By.id("portal-login")).getLocation().getY()).as("in sight without scrolling")
                    .isLessThan(700);
            phone.screenshot("portal-start-phone");
            phone.assertAccessible("the portal's start page at phone width");
            phone.submit(By.id("policy-link"));
            assertThat(phone.find(By.id("policy-text")).getText()).contains("Complaint and objection",
                    "Inkassonämnden", "8 weeks");
            phone.assertAccessible("the complaint policy at phone width");
        }

        try (Browser browser = new Browser(base.toString(), 1280, 1000)) {
            browser.open("policy.xhtml");
            assertThat(browser.find(By.id("policy-version")).getText()).contains("Version " + version);
            browser.submit(By.id("language:sv"));
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Vår klagomålspolicy");
            assertThat(browser.find(By.id("policy-text")).getText()).contains("Klagomål och invändning",
                    "Det kostar ingenting");
            browser.screenshot("policy-sv");
            browser.assertAccessible("klagomålspolicyn");
            browser.submit(By.id("language:en"));

            browser.submit(By.id("nav-login"));
            browser.login(fixture.personnummer(), FixtureResource.PASSWORD);
            browser.open("portal/my/case.xhtml?reference=" + reference);
            assertThat(browser.find(By.id("case-policy")).getText()).contains("version " + version);
            String href = browser.find(By.id("case-policy")).getAttribute("href");
            assertThat(href).endsWith("policy.xhtml?version=" + version);
            browser.open(href.substring(href.indexOf("policy.xhtml")));
            assertThat(browser.find(By.id("policy-version")).getText()).contains("Version " + version);
            browser.open("policy.xhtml?version=1999-9");
            assertThat(browser.find(By.id("policy-missing")).getText()).contains("no version");
        }
    }
}

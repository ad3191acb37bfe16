package se.inkasso.complaints.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import se.inkasso.complaints.domain.identity.Personnummer;

/**
 * The portal's production login (#8): e-identification through an OpenID Connect provider, here a
 * real Keycloak. A debtor logs in there and lands on the page they asked for, and logging out
 * ends the login at the provider too; a person who is not a debtor, and an answer that belongs to
 * no login started here, are refused on the login page with a reason, and nobody is logged in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalEIdentificationIT {

    private static final String PASSWORD = "BankId-Test-1";
    private static OpenIdProvider provider;

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startProvider() throws Exception {
        provider = OpenIdProvider.start();
    }

    @AfterAll
    static void stopProvider() throws Exception {
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void aDebtorLogsInWithEIdentificationAndOutAgain() throws Exception {
        Fixture fixture = Fixture.create(base);
        String digits = fixture.personnummer().replace("-", "");
        provider.addPerson(digits, PASSWORD);

        try (Browser browser = new Browser(base.toString(), 1280, 1000)) {
            browser.open("portal/my/messages.xhtml");
            assertThat(browser.find(By.id("eid")).getText()).contains("e-identification (BankID)");
            browser.screenshot("portal-login-eid");
            browser.assertAccessible("the portal's login page with e-identification");
            logInAtProvider(browser, digits);
            assertThat(browser.url()).as("back on the page asked for").contains("/portal/my/messages.xhtml");
            assertThat(browser.find(By.id("unread-count")).getText()).isEqualTo("0 unread");

            browser.open("portal/my/index.xhtml");
            assertThat(browser.find(By.id("claim-" + fixture.claim())).getText()).contains("OCR number");

            browser.submit(By.id("me:logout"));
            assertThat(browser.find(By.tagName("main")).getText()).contains("You have logged out");
            browser.open("portal/my/index.xhtml");
            browser.submit(By.id("eid-start"));
            assertThat(browser.find(By.id("kc-login")).isDisplayed())
                    .as("the provider asks again: its login ended with ours").isTrue();
        }
    }

    @Test
    void someoneWhoIsNotADebtorAndAForgedAnswerAreRefused() throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // born before any test debtor (TestData), so no debtor of ours
        String stranger = Personnummer.of(LocalDate.of(1925, 1, 1).plusDays(random.nextInt(1500)),
                random.nextInt(1000)).digits();
        provider.addPerson(stranger, PASSWORD);

        try (Browser browser = new Browser(base.toString(), 390, 844)) {
            browser.open("portal/login.xhtml");
            browser.submit(By.id("eid-start"));
            logInAtProvider(browser, stranger);
            assertThat(browser.find(By.id("eid-refused")).getText()).contains("no claims or cases in your name");
            browser.screenshot("portal-login-eid-unknown-phone");
            browser.assertAccessible("a refused e-identification at phone width");
            browser.open("portal/my/index.xhtml");
            assertThat(browser.url()).as("not logged in").contains("/portal/login.xhtml");

            browser.open("portal/eid/return?code=stolen&state=made-up");
            assertThat(browser.find(By.id("eid-refused")).getText()).contains("could not be completed");
            browser.open("portal/my/index.xhtml");
            assertThat(browser.url()).as("still not logged in").contains("/portal/login.xhtml");
        }
    }

    /** From the portal's login page through the provider's own login form and back. */
    private static void logInAtProvider(Browser browser, String digits) {
        if (browser.url().contains("/portal/login.xhtml")) {
            browser.submit(By.id("eid-start"));
        }
        browser.type(By.id("username"), digits);
        browser.type(By.id("password"), PASSWORD);
        browser.submit(By.id("kc-login"));
    }
}

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
 * Guessing passwords is slowed down: after five wrong ones an account must wait, over the API and
 * on the login page alike, even with the right password; other accounts go on working.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginProtectionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void afterFiveWrongPasswordsTheAccountWaitsWhereverItLogsIn() {
        Fixture fixture = Fixture.create(base);
        Api guessing = fixture.anonymous().as(fixture.agentName(), "not-the-password");
        for (int i = 1; i <= 6; i++) {
            assertThat(guessing.get("cases?size=1").status()).as("wrong password " + i).isEqualTo(401);
        }

        Api.Reply waiting = fixture.agent().get("cases?size=1");
        assertThat(waiting.status()).as("the right password, too soon").isEqualTo(429);
        assertThat(waiting.contentType()).startsWith("application/problem+json");
        assertThat(waiting.object().getString("detail")).startsWith("Several wrong passwords").contains("try again at");
        assertThat(fixture.teamLead().get("cases?size=1").status()).as("another account").isEqualTo(200);

        try (Browser browser = new Browser(base.toString(), 1200, 900)) {
            browser.open("login.xhtml");
            browser.login(fixture.agentName(), FixtureResource.PASSWORD);
            assertThat(browser.find(By.id("login:messages")).getText()).contains("Wait a moment",
                    "try again at");
            assertThat(browser.url()).contains("login.xhtml");
        }
    }

    @Test
    void anOperationsLoginHasNoPagesAndIsToldSo() {
        try (Browser browser = new Browser(base.toString(), 1200, 900)) {
            browser.open("login.xhtml");
            browser.login(Fixture.create(base).data().getString("operations"), FixtureResource.PASSWORD);
            assertThat(browser.find(By.id("login:messages")).getText()).contains("reading the metrics",
                    "it has no pages");
            assertThat(browser.url()).contains("login.xhtml");
        }
    }
}

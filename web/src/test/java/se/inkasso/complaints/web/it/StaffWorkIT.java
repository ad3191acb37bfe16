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
 * The rest of the staff's day in a real browser (#7): phone intake (D1, D2, D5), the team lead's
 * dashboard and report, filters and language found again at the next login, and a session that
 * ran out sending the user to log in and back to the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffWorkIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAgentRegistersACallFoundByClaimReference() {
        Fixture fixture = Fixture.create(base);
        try (Browser browser = new Browser(base.toString(), 1400, 1100)) {
            browser.open("staff/intake.xhtml");
            browser.login(fixture.agentName(), FixtureResource.PASSWORD);
            browser.type(By.id("find:query"), "19000101-0000");
            browser.submit(By.id("find:search"));
            assertThat(browser.find(By.id("messages")).getText()).contains("Nobody found");

            browser.type(By.id("find:query"), fixture.claim());
            browser.submit(By.id("find:search"));
            assertThat(browser.find(By.id("debtor")).getText()).contains(fixture.claim(), fixture.secondClaim())
                    .doesNotContain(fixture.personnummer().substring(fixture.personnummer().length() - 4));

            browser.submit(By.id("contact:register"));
            assertThat(browser.find(By.id("contact")).getText()).as("each missing part beside its field")
                    .contains("complaint (about how we work), an objection", "own words");

            browser.click(By.cssSelector("label[for='contact:type:0']"));
            browser.waitUntil(page -> browser.find(By.id("contact:category")).getAttribute("class") != null
                    && !browser.find(By.id("contact:category")).getAttribute("class").contains("ui-state-disabled"));
            browser.choose("contact:category", "Communication");
            browser.type(By.id("contact:description"), "Ni svarade inte på mitt brev om avbetalning.");
            browser.click(By.cssSelector("#contact\\:resolvedOnContact .ui-chkbox-box"));
            browser.type(By.id("contact:resolutionNote"), "Förklarade avbetalningsplanen, kunden nöjd.");
            browser.screenshot("staff-intake");
            browser.submit(By.id("contact:register"));

            assertThat(browser.find(By.id("messages")).getText()).contains("Registered from the call");
            assertThat(browser.find(By.id("case-reference")).getText()).contains("Resolved on contact");
            assertThat(browser.text()).contains("Complaint · Communication");
            assertThat(browser.find(By.id("timeline")).getText()).contains("Resolved on contact");
        }
    }

    @Test
    void aTeamLeadReadsTheDashboardAndItsReport() {
        Fixture fixture = Fixture.create(base);
        fixture.debtor().post("portal/cases", "{\"type\":\"COMPLAINT\",\"claimReference\":\"" + fixture.claim()
                + "\",\"category\":\"SERVICE\",\"description\":\"Ingen svarade.\"}");
        try (Browser browser = new Browser(base.toString(), 1400, 1600)) {
            browser.open("staff/dashboard.xhtml");
            browser.login(fixture.data().getString("teamLead"), FixtureResource.PASSWORD);
            browser.waitUntil(page -> browser.find(By.cssSelector("#volume canvas")).getSize().getHeight() > 0);
            assertThat(Long.parseLong(browser.find(By.id("on-track")).getText())).isPositive();
            assertThat(Long.parseLong(browser.find(By.id("report-total")).getText())).isPositive();
            assertThat(browser.find(By.id("ages")).getText()).contains("0–7 days");
            assertThat(browser.find(By.id("report")).getText()).contains("Type", "Complaint");
            assertThat(browser.find(By.id("period:csv")).getAttribute("href")).contains("format=csv");
            browser.screenshot("staff-dashboard");

            browser.typeOver(By.id("period:from_input"), "2026-12-31");
            browser.typeOver(By.id("period:to_input"), "2026-01-01");
            browser.submit(By.id("period:show"));
            assertThat(browser.find(By.id("period")).getText()).contains("ends before it starts");
        }
        try (Browser agent = new Browser(base.toString(), 1200, 900)) {
            agent.open("staff/dashboard.xhtml");
            agent.login(fixture.agentName(), FixtureResource.PASSWORD);
            assertThat(agent.find(By.id("forbidden")).getText()).as("not for agents, checked on the server")
                    .isEqualTo("Not for your role");
        }
    }

    @Test
    void filtersAndLanguageAreFoundAgainAtTheNextLogin() {
        Fixture fixture = Fixture.create(base);
        try (Browser browser = new Browser(base.toString(), 1400, 1000)) {
            browser.open("staff/queue.xhtml");
            browser.login(fixture.agentName(), FixtureResource.PASSWORD);
            browser.type(By.id("queue:handler"), fixture.agentName());
            browser.click(By.id("queue:apply"));
            browser.waitUntil(page -> browser.find(By.id("queue:cases_data")).getText().contains("No cases"));
            browser.submit(By.id("language:sv"));
            browser.find(By.xpath("//a[@id='user:logout' and text()='Logga ut']"));
            browser.submit(By.id("user:logout"));
        }
        try (Browser browser = new Browser(base.toString(), 1400, 1000)) {
            browser.open("staff/queue.xhtml");
            browser.login(fixture.agentName(), FixtureResource.PASSWORD);
            assertThat(browser.find(By.id("queue:handler")).getAttribute("value")).isEqualTo(fixture.agentName());
            assertThat(browser.find(By.id("user:logout")).getText()).isEqualTo("Logga ut");

            browser.loseSession();
            browser.click(By.id("queue:apply"));
            assertThat(browser.find(By.id("expired")).getText()).as("the AJAX request is sent to log in")
                    .contains("Your session ended");
            browser.login(fixture.agentName(), FixtureResource.PASSWORD);
            assertThat(browser.url()).as("and back to the page afterwards").contains("/staff/queue.xhtml");
        }
    }
}

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
 * A staff member's session cookie does not let anyone change things through the API: a form or a
 * script on another site would have the browser send that cookie (cross-site request forgery).
 * Reading with the session (a letter's PDF) stays possible.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteRequestIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void theSessionAloneChangesNothingThroughTheApi() {
        Fixture fixture = Fixture.create(base);
        String reference = fixture.fileComplaint();

        try (Browser browser = new Browser(base.toString(), 1400, 1000)) {
            browser.open("staff/queue.xhtml");
            browser.login(fixture.agentName(), FixtureResource.PASSWORD);
            browser.find(By.id("queue:cases"));

            Object read = browser.script(request("GET", base + "api/cases/" + reference, null));
            Object written = browser.script(request("POST", base + "api/cases/" + reference + "/notes",
                    "{\"text\":\"Skrivet utan att veta om det.\"}"));
            Object withoutBody = browser.script(request("POST",
                    base + "api/cases/" + reference + "/corrective-action/done", null));

            assertThat(read).as("reading with the session").isEqualTo(200L);
            assertThat(written).as("a change with the session alone").isEqualTo(403L);
            assertThat(withoutBody).as("a change without a body, with the session alone").isEqualTo(403L);
        }
        assertThat(fixture.agent().get("cases/" + reference).body()).doesNotContain("Skrivet utan att veta");
    }

    /** A same-origin request from the logged-in page, with its cookies; its status. */
    private static String request(String method, String url, String json) {
        return "var request = new XMLHttpRequest(); request.open('" + method + "', '" + url + "', false);"
                + (json == null ? "" : "request.setRequestHeader('Content-Type', 'application/json');")
                + "request.send(" + (json == null ? "" : "'" + json + "'") + "); return request.status;";
    }
}

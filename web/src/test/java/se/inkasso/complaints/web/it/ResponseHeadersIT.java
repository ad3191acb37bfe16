package se.inkasso.complaints.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every answer says what it is and keeps personal data out of caches; the pages' assets stay cacheable. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResponseHeadersIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void personalAnswersAreNeverCachedAndNothingIsSniffed() throws Exception {
        Fixture fixture = Fixture.create(base);
        HttpHeaders claim = get("api/claims/" + fixture.claim(), fixture.agentName());
        HttpHeaders login = get("login.xhtml", null);
        HttpHeaders portal = get("portal/login.xhtml", null);

        assertThat(claim.firstValue("Cache-Control")).contains("no-store");
        assertThat(get("staff/queue.xhtml", fixture.agentName()).firstValue("Cache-Control")).as("a staff page")
                .contains("no-store");
        assertThat(claim.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(portal.firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(login.allValues("Content-Security-Policy")).as("scripts only with the page's nonce, and no plugins")
                .anySatisfy(policy -> assertThat(policy).contains("script-src 'self' 'nonce-"))
                .anySatisfy(policy -> assertThat(policy).contains("object-src 'none'", "frame-ancestors 'self'"));
    }

    private HttpHeaders get(String path, String agent) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).GET();
        if (agent != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (agent + ":" + FixtureResource.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.headers();
    }
}

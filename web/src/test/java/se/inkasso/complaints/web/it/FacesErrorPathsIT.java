package se.inkasso.complaints.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Forms the application did not make get an answer a person can act on, never a 500, an
 * exception's name or a redirect elsewhere: a forged view state reopens the page, a Referer from
 * another site is not followed, an AJAX request that fails (an upload far over the limit) reopens
 * the page, and a form sent to a page that does not exist ends on the not-found page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FacesErrorPathsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aViewStateTheApplicationDidNotMakeReopensThePageHere() throws Exception {
        // the other site's address holds this application's path, as a forger would write it
        for (String viewState : new String[] {"stateless", "-1:-1", "x"}) {
            HttpResponse<String> answer = post("login.xhtml", "application/x-www-form-urlencoded",
                    ("login=login&login%3Ausername=x&login%3Apassword=y&login%3Asubmit=&jakarta.faces.ViewState="
                            + viewState).getBytes(StandardCharsets.UTF_8), "https://evil.example" + base.getPath() + "phish", false);
            assertThat(answer.statusCode()).as(viewState).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).as(viewState)
                    .hasValueSatisfying(location -> assertThat(location).startsWith(base + "login.xhtml")
                            .doesNotContain("evil"));
        }
    }

    @Test
    void anAjaxRequestThatFailsNamesNoException() throws Exception {
        String boundary = "probe" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"jakarta.faces.partial.ajax\"\r\n\r\n"
                + "true\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"jakarta.faces.ViewState\"\r\n\r\n"
                + "stateless\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = Arrays.copyOf(head, head.length + 32_000_000 + tail.length);
        System.arraycopy(tail, 0, body, head.length + 32_000_000, tail.length);

        HttpResponse<String> answer = post("login.xhtml", "multipart/form-data; boundary=" + boundary, body, null, true);
        assertThat(answer.body()).doesNotContain("java.", "Exception").contains("<redirect url=");
    }

    @Test
    void aFormSentToAPageThatDoesNotExistIsNotFound() throws Exception {
        HttpResponse<String> answer = post("portal/nothing-here.xhtml", "application/x-www-form-urlencoded",
                "jakarta.faces.ViewState=stateless".getBytes(StandardCharsets.UTF_8), null, false);
        assertThat(answer.statusCode()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo(base + "portal/nothing-here.xhtml");
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(location))
                .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<title>").doesNotContain("Exception");
    }

    private HttpResponse<String> post(String page, String type, byte[] body, String referer, boolean ajax)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + page)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", type).header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (referer != null) {
            request.header("Referer", referer);
        }
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

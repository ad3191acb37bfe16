package se.inkasso.complaints.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A body that is not one JSON object is a 400 problem naming the body, in the caller's language,
 * and changes nothing: on a public endpoint, on the portal and on a case.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MalformedBodyIT {

    private static final List<String> NOT_AN_OBJECT = List.of("[]", "\"s\"", "null", "{\"text\": \"x\"} trailing",
            "{\"text\": " + "[".repeat(5000) + "]".repeat(5000) + "}", "{\"text\": ");

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyBodyThatIsNotOneObjectIsRefusedNamingTheBody() {
        Fixture fixture = Fixture.create(base);
        String reference = fixture.fileComplaint();

        for (String body : NOT_AN_OBJECT) {
            for (Api.Reply reply : List.of(fixture.anonymous().post("scam-reports", body),
                    fixture.debtor().post("portal/cases", body),
                    fixture.agent().post("cases/" + reference + "/notes", body))) {
                assertThat(reply.status()).as(body + " -> " + reply.body()).isEqualTo(400);
                assertThat(reply.contentType()).startsWith("application/problem+json");
                assertThat(reply.object().getJsonArray("errors").getJsonObject(0).getString("field"))
                        .isEqualTo("body");
            }
        }
        assertThat(fixture.agent().get("cases/" + reference).object().getJsonArray("timeline")
                .getValuesAs(jakarta.json.JsonObject.class))
                .as("no note was written").noneMatch(step -> "x".equals(step.getString("detail", null)));
    }
}

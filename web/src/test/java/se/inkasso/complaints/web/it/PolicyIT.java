package se.inkasso.complaints.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The complaint policy (D27): anyone reads the version in force in Swedish or English, or an
 * earlier one by name; an ADMIN publishes a version from a day to come, in both languages under
 * one name, never from a day gone by; a case records the version in force when it came (D4).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PolicyIT {

    /** Far enough ahead that the suite's own version never comes into force on a reused database. */
    private static final LocalDate SOMEDAY = LocalDate.of(2099, 12, 31);

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anyoneReadsThePolicyInForceInEitherLanguage() {
        Fixture fixture = Fixture.create(base);
        JsonObject swedish = fixture.anonymous().get("policy").object();
        assertThat(swedish.getString("language")).isEqualTo("sv");
        assertThat(swedish.getString("text")).contains("## Klagomål och invändning", "Inkassonämnden",
                "Jag är inte nöjd");
        JsonObject english = fixture.anonymous().get("policy?language=en").object();
        assertThat(english.getString("version")).isEqualTo(swedish.getString("version"));
        assertThat(english.getString("text")).contains("## Complaint and objection", "I am not satisfied");
        assertThat(fixture.anonymous().get("policy?version=1999-9").status()).isEqualTo(404);
        assertThat(fixture.anonymous().get("policy?language=de").status()).isEqualTo(400);

        String reference = fixture.fileComplaint();
        assertThat(fixture.agent().get("cases/" + reference).object().getString("policyVersion"))
                .as("D4: the version in force when it came").isEqualTo(swedish.getString("version"));
    }

    @Test
    void anAdminPublishesAVersionToComeNeverOneThatTookEffectBefore() {
        Fixture fixture = Fixture.create(base);
        String inForce = fixture.anonymous().get("policy").object().getString("version");
        String body = """
                {"language":"%s","text":"%s","effectiveFrom":"%s"}""";

        assertThat(fixture.agent().send("PUT", "policy", body.formatted("sv", "Ny text.", SOMEDAY)).status())
                .isEqualTo(403);
        assertThat(fixture.admin().send("PUT", "policy", body.formatted("sv", "Ny text.",
                LocalDate.now().minusDays(2))).status()).as("never in the past").isEqualTo(400);
        assertThat(fixture.admin().send("PUT", "policy", body.formatted("sv", " ", SOMEDAY)).status())
                .isEqualTo(400);

        JsonObject swedish = fixture.admin().send("PUT", "policy", body.formatted("sv",
                "## Vår policy\\n\\nVi svarar alla.", SOMEDAY)).object();
        assertThat(swedish.getString("version")).startsWith("2099-");
        JsonObject english = fixture.admin().send("PUT", "policy", body.formatted("en",
                "## Our policy\\n\\nWe answer everyone.", SOMEDAY)).object();
        assertThat(english.getString("version")).as("one version, two languages")
                .isEqualTo(swedish.getString("version"));
        assertThat(fixture.anonymous().get("policy?language=en&version=" + english.getString("version")).object()
                .getString("text")).isEqualTo("## Our policy\n\nWe answer everyone.");
        assertThat(fixture.anonymous().get("policy").object().getString("version"))
                .as("not in force before its day").isEqualTo(inForce);
    }
}

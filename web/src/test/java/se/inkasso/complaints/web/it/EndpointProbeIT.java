package se.inkasso.complaints.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.inkasso.complaints.web.probe.BadBodies;
import se.inkasso.complaints.web.probe.Endpoint;

/**
 * The standing probe: every endpoint the code declares (found by reflection, checked against the
 * expected-roles table by {@code EndpointRolesTest}) called by every identity, and every endpoint
 * that reads a body given bodies generated to be wrong. Whoever may not call an endpoint gets 401
 * (nobody logged in) or 403; whoever may gets neither; a wrong body is a 4xx problem and writes
 * nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EndpointProbeIT {

    /** Bodies per endpoint: enough to try each kind of wrong on each field of the larger commands. */
    private static final int BODIES = 40;
    private static final String NOTHING = "KL-2000-999999";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Fixture fixture;
    private Map<String, Api> identities;

    @BeforeEach
    void identities() {
        fixture = Fixture.create(base);
        identities = new LinkedHashMap<>();
        identities.put("", fixture.anonymous());
        identities.put("DEBTOR", fixture.debtor());
        identities.put("AGENT", fixture.agent());
        identities.put("TEAM_LEAD", fixture.teamLead());
        identities.put("COMPLAINTS_OFFICER", fixture.secondOfficer());
        identities.put("ADMIN", fixture.admin());
    }

    @Test
    void everyEndpointAnswersEveryIdentityAsItsRolesSay() {
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : Endpoint.declared()) {
            identities.forEach((role, api) -> {
                boolean permitted = endpoint.roles().contains(Endpoint.PUBLIC) || endpoint.roles().contains(role);
                if (permitted && runsAJob(endpoint)) {
                    return;
                }
                String path = endpoint.pathWith(endpoint.path().contains("{reference}") ? NOTHING : "0");
                Api.Reply reply = endpoint.method().equals("GET") ? api.get(path) : api.send(endpoint.method(), path, "{}");
                String call = endpoint.key() + " as " + (role.isEmpty() ? "nobody" : role);
                if (permitted) {
                    softly.assertThat(reply.status()).as(call + ": " + reply.body()).isNotIn(401, 403).isLessThan(500);
                } else {
                    softly.assertThat(reply.status()).as(call).isEqualTo(role.isEmpty() ? 401 : 403);
                    softly.assertThat(reply.contentType()).as(call).startsWith("application/problem+json");
                }
            });
        }
        softly.assertAll();
    }

    @Test
    void everyBodyGeneratedToBeWrongIsRefusedAndWritesNothing() {
        String reference = fixture.fileComplaint();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !"RECEIVED".equals(
                fixture.agent().get("cases/" + reference).object().getString("status")));
        String before = snapshot(reference);
        JsonObject openApi = Api.openApi(base);
        SoftAssertions softly = new SoftAssertions();
        int tried = 0;
        for (Endpoint endpoint : Endpoint.declared().stream().filter(Endpoint::readsBody).toList()) {
            JsonObject schema = requestSchema(openApi, endpoint);
            Api api = identities.get(caller(endpoint.roles()));
            String path = endpoint.path().replace("{reference}", endpoint.path().startsWith("claims") ? fixture.claim()
                    : reference).replace("{id}", "0");
            for (String body : BadBodies.against(schema).sampleStream().limit(BODIES).toList()) {
                Api.Reply reply = api.send(endpoint.method(), path, body);
                String call = endpoint.key() + " with " + shown(body);
                softly.assertThat(reply.status()).as(call + " -> " + shown(reply.body())).isBetween(400, 499);
                softly.assertThat(reply.contentType()).as(call).startsWith("application/problem+json");
                tried++;
            }
        }
        softly.assertAll();
        assertThat(tried).isGreaterThanOrEqualTo(18 * BODIES);
        assertThat(snapshot(reference)).as("nothing was written").isEqualTo(before);
    }

    /** A deadline scan and a print batch run at once for everyone: their own tests cover them. */
    private static boolean runsAJob(Endpoint endpoint) {
        return endpoint.method().equals("POST") && Set.of("deadline-scans", "print-batches").contains(endpoint.path());
    }

    private static String caller(Set<String> roles) {
        for (String role : List.of(Endpoint.PUBLIC, "DEBTOR", "AGENT", "TEAM_LEAD", "COMPLAINTS_OFFICER", "ADMIN")) {
            if (roles.contains(role)) {
                return role.equals(Endpoint.PUBLIC) ? "" : role;
            }
        }
        throw new IllegalStateException("Nobody may call it: " + roles);
    }

    /** What the commands could have written: the case's steps by people, its claim, the queue, the registers. */
    private String snapshot(String reference) {
        JsonObject file = fixture.agent().get("cases/" + reference).object();
        return Json.createObjectBuilder()
                .add("steps", Json.createArrayBuilder(file.getJsonArray("timeline").getValuesAs(JsonObject.class)
                        .stream().filter(step -> !"system".equals(step.getString("actor", "system"))).toList()))
                .add("type", file.get("type")).add("handler", file.getOrDefault("handler", JsonValue.NULL))
                .add("reviews", file.get("reviews")).add("referrals", file.get("referrals"))
                .add("claim", fixture.agent().get("claims/" + fixture.claim()).body())
                .add("queue", fixture.agent().get("cases?size=1").object().get("total"))
                .add("scams", fixture.agent().get("scam-reports?size=1").body())
                .add("portal", fixture.debtor().get("portal/cases").array().size())
                .add("policy", fixture.anonymous().get("policy?language=sv").body()
                        + fixture.anonymous().get("policy?language=en").body())
                .build().toString();
    }

    private static JsonObject requestSchema(JsonObject openApi, Endpoint endpoint) {
        String reference = openApi.getJsonObject("paths").getJsonObject("/api/" + endpoint.path())
                .getJsonObject(endpoint.method().toLowerCase(java.util.Locale.ROOT)).getJsonObject("requestBody").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema").getString("$ref");
        return openApi.getJsonObject("components").getJsonObject("schemas")
                .getJsonObject(reference.replace("#/components/schemas/", ""));
    }

    private static String shown(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}

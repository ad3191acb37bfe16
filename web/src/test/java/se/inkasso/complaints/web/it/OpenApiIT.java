package se.inkasso.complaints.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.inkasso.complaints.web.probe.Endpoint;

/**
 * The OpenAPI document integrators read at {@code /openapi} lists every operation of the API's
 * resources, under the application's own title, so that it cannot silently empty again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    /** The keys of a path item in an OpenAPI document that are operations. */
    private static final Set<String> VERBS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void describesEveryOperationOfTheApiUnderTheApplicationsTitle() throws Exception {
        JsonObject document = openApi();

        assertThat(document.getJsonObject("info").getString("title")).isEqualTo("Complaints and objections API");
        Set<String> documented = new TreeSet<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(VERBS::contains).forEach(verb -> documented.add(verb + " " + path)));
        Set<String> resources = operationsOfTheResources();
        assertThat(resources).as("the resources were found").hasSizeGreaterThan(40);
        assertThat(documented).containsAll(resources);
    }

    @Test
    void describesTheRequestBodiesAndTheProblemDetails() throws Exception {
        JsonObject post = openApi().getJsonObject("paths").getJsonObject("/api/cases/{reference}/closure")
                .getJsonObject("post");

        assertThat(post.getJsonObject("requestBody").getJsonObject("content")).containsOnlyKeys("application/json");
        JsonObject close = openApi().getJsonObject("components").getJsonObject("schemas").getJsonObject("Close");
        assertThat(close.getJsonObject("properties")).containsOnlyKeys("rootCause", "correctiveAction",
                "correctiveActionOwner", "correctiveActionDue");
        assertThat(close.getJsonArray("required").getString(0)).isEqualTo("rootCause");
        assertThat(close.getJsonObject("properties").getJsonObject("correctiveAction").getInt("maxLength"))
                .isEqualTo(2000);
        assertThat(post.getJsonObject("responses").keySet()).contains("400", "401", "403", "404", "409", "422");
        assertThat(post.getJsonObject("responses").getJsonObject("422").getJsonObject("content"))
                .containsKey("application/problem+json");
    }

    @Test
    void describesWhatEveryOperationAnswers() throws Exception {
        JsonObject document = openApi();
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        Set<String> undescribed = new TreeSet<>();
        for (String operation : operationsOfTheResources()) {
            String[] verbAndPath = operation.split(" ", 2);
            JsonObject responses = document.getJsonObject("paths").getJsonObject(verbAndPath[1])
                    .getJsonObject(verbAndPath[0]).getJsonObject("responses");
            List<String> successes = responses.keySet().stream().filter(status -> status.startsWith("2")).toList();
            if (responses.containsKey("default") || successes.isEmpty()) {
                undescribed.add(operation);
            }
            successes.stream().map(status -> responses.getJsonObject(status).getJsonObject("content"))
                    .filter(content -> content != null && content.containsKey("application/json"))
                    .map(content -> content.getJsonObject("application/json").getJsonObject("schema")
                            .getString("$ref", "").replace("#/components/schemas/", ""))
                    .filter(name -> !schemas.containsKey(name))
                    .forEach(name -> undescribed.add(operation + " (no schema " + name + ")"));
        }
        assertThat(undescribed).as("operations whose answer is not described").isEmpty();
    }

    /** Real answers, as each role gets them, against the schemas integrators read. */
    @Test
    void realAnswersFitTheirSchemas() throws Exception {
        JsonObject document = openApi();
        Fixture fixture = Fixture.create(base);
        Api.Reply filed = fixture.debtor().post("portal/cases", "{\"type\":\"BOTH\",\"claimReference\":\""
                + fixture.claim() + "\",\"category\":\"SERVICE\",\"grounds\":\"ALREADY_PAID\","
                + "\"description\":\"Jag har redan betalat.\"}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String reference = filed.object().getString("reference");
        Map<String, Api.Reply> answers = new java.util.LinkedHashMap<>();
        answers.put("Receipt", filed);
        answers.put("CaseFile", fixture.agent().get("cases/" + reference));
        answers.put("QueuePage", fixture.agent().get("cases?status=ALL&size=20"));
        answers.put("Claim", fixture.agent().get("claims/" + fixture.claim()));
        answers.put("DebtorCaseFile", fixture.debtor().get("portal/cases/" + reference));
        answers.put("DebtorCaseFiles", fixture.debtor().get("portal/cases"));
        answers.put("PortalClaims", fixture.debtor().get("portal/claims"));
        answers.put("Messages", fixture.debtor().get("portal/messages"));
        answers.put("Notifications", fixture.agent().get("notifications?case=" + reference));
        answers.put("Reviews", fixture.officer().get("reviews"));
        answers.put("RootCauses", fixture.agent().get("root-causes"));
        answers.put("Holidays", fixture.agent().get("calendar/holidays?year=2026"));
        answers.put("BusinessDays", fixture.agent().get("calendar/business-days?from=2026-12-23&add=3"));
        answers.put("FollowUpReport", fixture.teamLead().get("reports/complaints?from=2026-01-01&to=2026-12-31"));
        answers.put("ScamReport", fixture.anonymous().post("scam-reports",
                "{\"sender\":\"+46700000000\",\"text\":\"Betala till konto 123.\"}"));
        answers.put("ScamReports", fixture.agent().get("scam-reports"));
        answers.forEach((schema, reply) -> {
            assertThat(reply.status()).as(schema + ": " + reply.body()).isBetween(200, 201);
            try (var reader = Json.createReader(new StringReader(reply.body()))) {
                assertThat(SchemaCheck.problems(document, schema, reader.readValue())).as(schema).isEmpty();
            }
        });
    }

    private JsonObject openApi() {
        return Api.openApi(base);
    }

    /** "verb /api/path" of every operation the resources declare, path parameters as written. */
    private static Set<String> operationsOfTheResources() {
        return Endpoint.declared().stream()
                .map(endpoint -> endpoint.method().toLowerCase(Locale.ROOT) + " /api/" + endpoint.path())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}

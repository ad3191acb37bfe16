package se.inkasso.complaints.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.inkasso.complaints.web.api.RestApplication;

/**
 * The OpenAPI document integrators read at {@code /openapi} lists every operation of the API's
 * resources, under the application's own title, so that it cannot silently empty again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    private static final String API_PACKAGE = "se.inkasso.complaints.web.api";
    private static final Map<Class<?>, String> VERBS = Map.of(GET.class, "get", POST.class, "post", PUT.class, "put",
            DELETE.class, "delete");

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
                .filter(VERBS::containsValue).forEach(verb -> documented.add(verb + " " + path)));
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

    private JsonObject openApi() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base.toString()).resolve("/openapi")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** "verb /api/path" of every resource method in the API package, path parameters as written. */
    private static Set<String> operationsOfTheResources() throws Exception {
        URI classes = RestApplication.class.getResource("RestApplication.class").toURI().resolve(".");
        Set<String> operations = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.list(java.nio.file.Path.of(classes))) {
            for (String name : files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(".class") && !file.contains("$")).toList()) {
                Class<?> type = Class.forName(API_PACKAGE + "." + name.substring(0, name.length() - 6));
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    VERBS.forEach((verb, word) -> {
                        if (method.isAnnotationPresent(verb.asSubclass(java.lang.annotation.Annotation.class))) {
                            Path sub = method.getAnnotation(Path.class);
                            operations.add(word + " " + join("/api", root.value(), sub == null ? "" : sub.value()));
                        }
                    });
                }
            }
        }
        return operations;
    }

    private static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        return path.toString();
    }
}

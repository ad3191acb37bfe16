package se.inkasso.complaints.web.it;

import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * A real OpenID Connect provider for the portal's e-identification: Keycloak (unpacked by the
 * build into {@code keycloak.home}) on 127.0.0.1:{@code it.oidc.port}, with the realm of
 * {@code keycloak/complaints-realm.json}, which the test deployments are configured to use
 * (arquillian.xml). Its people log in with a password and carry their personnummer in the
 * {@code ssn} claim, as an agency's broker for BankID would send it.
 */
final class OpenIdProvider implements AutoCloseable {

    static final String REALM = "complaints";
    private static final String ADMIN = "it-admin";
    private static final String ADMIN_PASSWORD = "It-Admin-1";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final URI base;

    private OpenIdProvider(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    static OpenIdProvider start() throws IOException {
        Path home = Path.of(System.getProperty("keycloak.home"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak is not unpacked at " + home + " (maven-dependency-plugin, keycloak)");
        }
        int port = Integer.parseInt(System.getProperty("it.oidc.port"));
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        if (answers(base.resolve("realms/master"))) {
            throw new IllegalStateException("Port " + port + " is taken already: stop what runs there (a Keycloak left over?)");
        }
        Path realms = Files.createDirectories(home.resolve("data/import"));
        try (InputStream realm = OpenIdProvider.class.getResourceAsStream("/keycloak/complaints-realm.json")) {
            Files.copy(realm, realms.resolve("complaints-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--import-realm")
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "keycloak.log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        OpenIdProvider provider = new OpenIdProvider(builder.start(), base);
        Awaitility.await("Keycloak answering (target/keycloak.log)").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .failFast("Keycloak stopped (target/keycloak.log)", () -> !provider.process.isAlive())
                .until(() -> answers(base.resolve("realms/" + REALM + "/.well-known/openid-configuration")));
        return provider;
    }

    /** A person who can log in at the provider, their username being their personnummer's 12 digits. */
    void addPerson(String personnummerDigits, String password) throws IOException, InterruptedException {
        String user = Json.createObjectBuilder().add("username", personnummerDigits).add("enabled", true)
                .add("firstName", "Test").add("lastName", "Person " + personnummerDigits.substring(8))
                .add("email", personnummerDigits + "@example.se").add("emailVerified", true)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "password")
                        .add("value", password).add("temporary", false)))
                .build().toString();
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(base.resolve("admin/realms/" + REALM + "/users"))
                .header("Authorization", "Bearer " + adminToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Keycloak refused the user: " + created.statusCode() + " " + created.body());
        }
    }

    private String adminToken() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=" + ADMIN + "&password="
                + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(base.resolve("realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (token.statusCode() != 200) {
            throw new IllegalStateException("No Keycloak admin token: " + token.statusCode() + " " + token.body());
        }
        return Json.createReader(new StringReader(token.body())).readObject().getString("access_token");
    }

    private static boolean answers(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}

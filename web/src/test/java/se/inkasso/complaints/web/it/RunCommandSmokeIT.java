package se.inkasso.complaints.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Starts the application exactly as the README's run command does ({@code ./run.sh}), with the
 * embedded H2 default in a fresh data folder, and checks what a first visitor sees.
 */
class RunCommandSmokeIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String DEMO_DEBTOR = "Basic " + Base64.getEncoder()
            .encodeToString("19850312-1231:Demo123!".getBytes(StandardCharsets.UTF_8));
    private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"(KL-\\d{4}-\\d{6})\"");
    private static final Pattern LETTER = Pattern.compile("\"kind\":\"COMPLAINT_ACKNOWLEDGEMENT\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    private static final String DEMO_AGENT = "Basic " + Base64.getEncoder()
            .encodeToString("agent:Demo123!".getBytes(StandardCharsets.UTF_8));
    private static final String DEMO_OPERATIONS = "Basic " + Base64.getEncoder()
            .encodeToString("ops:Demo123!".getBytes(StandardCharsets.UTF_8));

    private static Path root;
    private static Path dataDir;
    private static Process application;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        root = Path.of(System.getProperty("complaints.root"));
        dataDir = Files.createTempDirectory(root.resolve("web/target"), "smoke-data");
        startApplication("smoke-run.log");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        stopApplication();
    }

    @Test
    void servesTheStartPageHealthAndProblemDetails() throws Exception {
        awaitReady();
        HttpResponse<String> ready = get("/health/ready", "en");
        assertThat(ready.body()).contains("\"status\":\"UP\"").contains("\"database\":\"H2\"");
        assertThat(Files.list(dataDir)).as("the embedded database lives where configured").isNotEmpty();

        HttpResponse<String> english = get("/", "en");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("Complaints and objections").contains("/portal/index.xhtml")
                .contains("/staff/index.xhtml").contains("Beware of fake text messages");

        assertThat(get("/login.xhtml", "en").headers().firstValue("Set-Cookie")).as("the session cookie")
                .hasValueSatisfying(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax")
                        .contains("HttpOnly", "Secure"));

        HttpResponse<String> swedish = get("/", "sv");
        assertThat(swedish.body()).contains("Klagomål och invändningar").contains("Varning för bluff-sms!");

        assertThat(openCases()).as("demo data is loaded into the embedded database").isPositive();

        HttpResponse<String> problem = get("/api/calendar/business-days?from=2026-02-30&add=1", "sv");
        assertThat(problem.statusCode()).isEqualTo(400);
        assertThat(problem.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(problem.body()).contains("\"field\":\"from\"").contains("inte ett datum")
                .doesNotContain("Exception");

        assertThat(get("/api/calendar/business-days?from=2026-04-02&add=1", "en").body())
                .contains("\"date\":\"2026-04-07\"");
        assertThat(get("/openapi", "en").body()).contains("/api/calendar/business-days");
        HttpResponse<String> anonymousMetrics = get("/metrics", "en");
        assertThat(anonymousMetrics.statusCode()).as("the metrics need a login").isEqualTo(401);
        assertThat(anonymousMetrics.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
        assertThat(metrics(DEMO_AGENT).statusCode()).as("an agent reads no metrics").isEqualTo(403);
        HttpResponse<String> operations = metrics(DEMO_OPERATIONS);
        assertThat(operations.statusCode()).isEqualTo(200);
        assertThat(operations.body()).contains("memory_usedHeap_bytes{mp_scope=\"base\"}")
                .as("the names the README gives").contains("notifications_pending{", "notifications_dead{");
    }

    private static HttpResponse<String> metrics(String authorization) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).header("Authorization", authorization)
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * D19 on a real crash: the process is killed (SIGKILL) while it is delivering the letters of
     * cases it has just accepted; after a restart every case is there, the demo data is not loaded
     * a second time, and every case has its acknowledgement, exactly once.
     */
    @Test
    void aKilledProcessLosesNoCaseOrLetterAndSendsNoneTwice() throws Exception {
        awaitReady();
        long before = openCases();
        List<String> filed = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String complaint = "{\"type\":\"COMPLAINT\",\"claimReference\":\"F-1000002\",\"category\":\"SERVICE\","
                    + "\"description\":\"Klagomål " + i + " före kraschen.\",\"language\":\"sv\"}";
            HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/portal/cases"))
                    .header("Authorization", DEMO_DEBTOR).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(complaint)).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            Matcher reference = REFERENCE.matcher(created.body());
            assertThat(reference.find()).isTrue();
            filed.add(reference.group(1));
        }
        application.destroyForcibly().waitFor();
        startApplication("smoke-killed.log");
        awaitReady();
        assertThat(openCases()).as("every case kept, demo data not loaded twice").isEqualTo(before + filed.size());

        await("every case has its acknowledgement").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> filed.stream().allMatch(reference -> letters(reference) >= 1));
        assertThat(filed).allSatisfy(reference -> assertThat(letters(reference)).as(reference).isEqualTo(1));
    }

    private static long letters(String reference) {
        try {
            String body = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/portal/cases/" + reference))
                    .header("Authorization", DEMO_DEBTOR).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return LETTER.matcher(body).results().count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void startApplication(String logName) throws IOException {
        int port = freePort();
        base = "http://127.0.0.1:" + port;
        ProcessBuilder builder = new ProcessBuilder("./run.sh").directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(root.resolve("web/target").resolve(logName).toFile());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("COMPLAINTS_DATA_DIR", dataDir.toString());
        // a crashed instance's claims are taken over after 5 s instead of 2 minutes
        builder.environment().put("COMPLAINTS_NOTIFICATION_LEASE_SECONDS", "5");
        builder.environment().put("COMPLAINTS_NOTIFICATION_DISPATCH_INTERVAL_SECONDS", "2");
        // as behind a proxy that ends TLS
        builder.environment().put("COMPLAINTS_SECURITY_SECURE_COOKIES", "true");
        application = builder.start();
    }

    private static void stopApplication() throws InterruptedException {
        if (application != null) {
            application.destroy();
            if (!application.waitFor(60, TimeUnit.SECONDS)) {
                application.destroyForcibly().waitFor();
            }
        }
    }

    private static void awaitReady() {
        await("/health/ready UP (see web/target/smoke-*.log)").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1)).ignoreExceptionsInstanceOf(IOException.class)
                .failFast("the application process ended", () -> !application.isAlive())
                .until(() -> get("/health/ready", "en").statusCode() == 200);
    }

    private static long openCases() throws IOException, InterruptedException {
        String queue = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/cases?size=1"))
                .header("Authorization", DEMO_AGENT).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher matcher = TOTAL.matcher(queue);
        assertThat(matcher.find()).as("the queue answers with its total: " + queue).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language)
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

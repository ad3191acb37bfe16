package se.inkasso.complaints.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * The application as operations run it: the WAR on Payara Micro against the benchmark's
 * PostgreSQL, in a process of its own with the JVM options the README recommends, its log in a
 * file. Knows how long it took to become ready and how much memory it holds.
 */
final class Application implements AutoCloseable {

    /** Linux's USER_HZ, the unit of /proc/PID/stat's CPU times. */
    private static final int CLOCK_TICKS = 100;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static final Map<Launch, String> LOGS = Map.of(Launch.ARCHIVED, "application.log",
            Launch.WAR, "application-without-archive.log", Launch.BARE, "payara-micro-bare.log");

    private final Process process;
    private final URI base;
    private final double startupSeconds;
    private final double startupCpuSeconds;

    private Application(Process process, URI base, double startupSeconds) throws IOException {
        this.process = process;
        this.base = base;
        this.startupSeconds = startupSeconds;
        this.startupCpuSeconds = cpuSeconds();
    }

    /**
     * As the README recommends operations to run it: with the class archive of scripts/warm-up.sh,
     * which must be there.
     */
    static Application start(BenchOptions options) throws IOException, InterruptedException {
        Path clean = cleanRoot(options);
        if (!Files.isRegularFile(options.archive()) || !Files.isDirectory(clean)) {
            throw new IllegalStateException(options.archive() + " or " + clean
                    + " is missing: run scripts/warm-up.sh first (scripts/bench.sh does)");
        }
        // Payara Micro would deploy again what the last start deployed in its root directory
        run("rm", "-rf", options.root().toString());
        run("cp", "-a", clean.toString(), options.root().toString());
        return start(options, Launch.ARCHIVED);
    }

    /** The untouched root directory scripts/warm-up.sh leaves beside the one a start uses. */
    private static Path cleanRoot(BenchOptions options) {
        return options.root().resolveSibling(options.root().getFileName() + ".clean");
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    /** The WAR on Payara Micro as it comes, without the class archive. */
    static Application startWithoutArchive(BenchOptions options) throws IOException, InterruptedException {
        return start(options, Launch.WAR);
    }

    /**
     * Payara Micro with nothing deployed, ready when its HTTP listener answers at all: what starting
     * the server costs before the application does anything.
     */
    static Application startBare(BenchOptions options) throws IOException, InterruptedException {
        return start(options, Launch.BARE);
    }

    private enum Launch { BARE, WAR, ARCHIVED }

    private static Application start(BenchOptions options, Launch launch) throws IOException, InterruptedException {
        boolean deploy = launch != Launch.BARE;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(options.javaOptions().trim().split("\\s+")));
        if (launch == Launch.ARCHIVED && options.profile() != null) {
            // a flight recording of the whole run, for the profiles in docs/PERFORMANCE.md; without the
            // class archive, since Java 17 crashes loading archived classes while recording
            command.add("-XX:StartFlightRecording=filename=" + options.profile() + ",settings=profile");
            command.add("-XX:FlightRecorderOptions=stackdepth=512");
            command.addAll(List.of("-jar", options.micro().toString()));
        } else if (launch == Launch.ARCHIVED) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + options.archive(), "-jar",
                    options.root().resolve("launch-micro.jar").toString()));
        } else {
            command.addAll(List.of("-jar", options.micro().toString()));
        }
        command.addAll(List.of("--port", String.valueOf(options.port()), "--nocluster"));
        if (deploy) {
            command.addAll(List.of("--deploy", options.war().toString(), "--contextroot", "/"));
        }
        Path log = options.logs().resolve(LOGS.get(launch));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("COMPLAINTS_DB_DATASOURCE_CLASS", "org.postgresql.ds.PGSimpleDataSource");
        builder.environment().put("COMPLAINTS_DB_URL", options.dbUrl());
        builder.environment().put("COMPLAINTS_DB_USER", options.dbUser());
        builder.environment().put("COMPLAINTS_DB_PASSWORD", options.dbPassword());
        builder.environment().put("COMPLAINTS_DEMO_DATA", "false");
        // the generated debtors file over the API with their personnummer and password, as load clients
        builder.environment().put("COMPLAINTS_PORTAL_DEMO_LOGIN", "true");
        Files.createDirectories(options.logs());
        long started = System.nanoTime();
        Process process = builder.start();
        URI base = URI.create("http://127.0.0.1:" + options.port() + "/");
        // the application: its health says UP; Payara Micro alone: its HTTP listener answers at all
        Predicate<HttpResponse<String>> up = deploy
                ? health -> health.statusCode() == 200 && health.body().contains("\"UP\"") : any -> true;
        URI probe = deploy ? base.resolve("health/ready") : base;
        try {
            Awaitility.await("the application ready (" + log + ")").atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(100)).failFast("the process ended", () -> !process.isAlive())
                    .until(() -> answers(probe, up));
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
        return new Application(process, base, (System.nanoTime() - started) / 1e9);
    }

    private static boolean answers(URI uri, Predicate<HttpResponse<String>> up) {
        try {
            return up.test(HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    double startupSeconds() {
        return startupSeconds;
    }

    /** CPU the process had used when it was ready. */
    double startupCpuSeconds() {
        return startupCpuSeconds;
    }

    /** Resident memory of the application's process, in MiB (Linux). */
    double residentMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("No VmRSS for process " + process.pid());
    }

    /** CPU time the application's process has used so far (user and system), in seconds (Linux). */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
        // the fields after the command name, which is in parentheses and may hold spaces
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS;
    }

    HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + AgencyData.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
    }

    /** Sends the request and answers the body, failing on anything but the expected status. */
    String send(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}

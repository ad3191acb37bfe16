package se.inkasso.complaints.ear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deploys the EAR on the Payara Server distribution from Maven Central exactly as the README tells
 * operations to: a domain, the PostgreSQL driver in its lib folder, a connection pool and the JDBC
 * resource {@code jdbc/complaints}, then {@code asadmin deploy}. The domain uses its own port base
 * so it never collides with a running application.
 */
class EarDeploymentIT {

    private static final String DOMAIN = "complaints-it";
    private static final int PORT_BASE = 28000;
    private static final int ADMIN_PORT = PORT_BASE + 48;
    private static final int HTTP_PORT = PORT_BASE + 80;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Path payaraHome;
    private static Asadmin asadmin;

    @BeforeAll
    static void deploy() throws Exception {
        payaraHome = Path.of(System.getProperty("payara.home"));
        asadmin = new Asadmin(payaraHome, ADMIN_PORT);
        Path domainDir = payaraHome.resolve("glassfish/domains/" + DOMAIN);
        if (Files.exists(domainDir)) {
            asadmin.run("stop-domain", DOMAIN);
            asadmin.run("delete-domain", DOMAIN);
        }
        asadmin.run("create-domain", "--nopassword=true", "--portbase", String.valueOf(PORT_BASE), DOMAIN);
        Files.copy(Path.of(System.getProperty("jdbc.driver")), domainDir.resolve("lib/postgresql.jar"),
                StandardCopyOption.REPLACE_EXISTING);
        asadmin.run("start-domain", DOMAIN);

        URI database = URI.create(System.getProperty("it.db.url").substring("jdbc:".length()));
        asadmin.run("create-jdbc-connection-pool",
                "--datasourceclassname", "org.postgresql.ds.PGSimpleDataSource",
                "--restype", "javax.sql.DataSource",
                "--property", "serverName=" + database.getHost() + ":portNumber=" + database.getPort()
                        + ":databaseName=" + database.getPath().substring(1)
                        + ":user=" + System.getProperty("it.db.user")
                        + ":password=" + System.getProperty("it.db.password"),
                "complaints-pool");
        asadmin.run("ping-connection-pool", "complaints-pool");
        asadmin.run("create-jdbc-resource", "--connectionpoolid", "complaints-pool", "jdbc/complaints");
        asadmin.run("deploy", "--name", "complaints", System.getProperty("complaints.ear"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (asadmin != null) {
            asadmin.run("stop-domain", DOMAIN);
            asadmin.run("delete-domain", DOMAIN);
        }
    }

    @Test
    void theDeployedEarIsReadyAndServesItsPages() throws Exception {
        await("/health/ready UP on Payara Server").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1)).ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> get("/health/ready").statusCode() == 200);
        assertThat(get("/health/ready").body()).contains("\"status\":\"UP\"").contains("PostgreSQL");

        HttpResponse<String> start = get("/");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("Complaints and objections");

        assertThat(get("/api/calendar/business-days?from=2026-06-18&add=1").body())
                .contains("\"date\":\"2026-06-22\"");
        assertThat(get("/openapi").body()).as("the API's own OpenAPI document")
                .contains("Complaints and objections API", "/api/cases/{reference}/closure");
        assertThat(asadmin.run("list-applications")).contains("complaints");
    }

    /**
     * A WAR dependency brings none of its own: each library the WAR carries must be listed for lib/
     * (compared by name; the versions are Maven's choice in each module).
     */
    @Test
    void theEarCarriesEveryLibraryOfTheWar() throws IOException {
        assertThat(entries(System.getProperty("complaints.ear"), "lib/"))
                .containsAll(entries(System.getProperty("complaints.war"), "WEB-INF/lib/"));
    }

    private static Set<String> entries(String archive, String folder) throws IOException {
        try (ZipFile zip = new ZipFile(archive)) {
            return zip.stream().map(ZipEntry::getName)
                    .filter(name -> name.startsWith(folder) && name.endsWith(".jar"))
                    .map(name -> name.substring(folder.length()).replaceFirst("-[0-9].*$", ""))
                    .collect(Collectors.toSet());
        }
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + path))
                .header("Accept-Language", "en").timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

package se.inkasso.complaints.bench;

import java.nio.file.Path;
import java.util.Set;

/** Where the benchmark finds the database and the application, and how hard it pushes. */
record BenchOptions(String dbUrl, String dbUser, String dbPassword, Path war, Path micro, Path root, Path archive,
        int port,
        String javaOptions, Path profile, Path logs, int intakeSeconds, int intakeWarmupSeconds, int intakeClients,
        int queueRequests, int starts, Set<String> parts) {

    /** As README recommends for one agency instance (run.sh). */
    static final String RECOMMENDED_JAVA_OPTIONS = "-Xms256m -Xmx512m -XX:MaxMetaspaceSize=256m -XX:+UseSerialGC";

    static BenchOptions fromSystemProperties() {
        return new BenchOptions(
                System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/complaints_bench"),
                System.getProperty("bench.db.user", "complaints"),
                System.getProperty("bench.db.password", "complaints"),
                Path.of(System.getProperty("bench.war", "web/target/complaints.war")),
                Path.of(System.getProperty("bench.micro", "web/target/payara-micro.jar")),
                // made by scripts/warm-up.sh
                Path.of(System.getProperty("bench.root", "web/target/payara-root")),
                Path.of(System.getProperty("bench.archive", "web/target/complaints.jsa")),
                Integer.getInteger("bench.port", 8095),
                System.getProperty("bench.java-options", RECOMMENDED_JAVA_OPTIONS),
                System.getProperty("bench.profile") == null ? null : Path.of(System.getProperty("bench.profile")),
                Path.of(System.getProperty("bench.logs", "bench/target")),
                Integer.getInteger("bench.intake.seconds", 30),
                Integer.getInteger("bench.intake.warmup-seconds", 20),
                Integer.getInteger("bench.intake.clients", 16),
                Integer.getInteger("bench.queue.requests", 300),
                Integer.getInteger("bench.starts", 3),
                // one part alone, to look at it without waiting for the rest
                Set.of(System.getProperty("bench.parts", "startup,queue,intake,deadline").split(",")));
    }
}

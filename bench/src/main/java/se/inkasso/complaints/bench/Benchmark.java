package se.inkasso.complaints.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Optional;

/**
 * The performance benchmark (#9) against a generated data set (scripts/bench.sh makes it): starts
 * the application as operations would, and prints each figure beside the same work done the
 * plain way on the same machine in the same run: startup and memory, the queue page, intake
 * under load, the deadline job. Timing belongs here, never in the test suite.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.fromSystemProperties();
        Report report = new Report();
        if (options.profile() != null) {
            System.out.println("Profiling to " + options.profile() + ": the application runs without the class archive,"
                    + " so its startup figure is the one without");
        }
        Optional<StartupBench> startup = options.parts().contains("startup")
                ? Optional.of(StartupBench.measure(options)) : Optional.empty();
        try (Connection database = DriverManager.getConnection(options.dbUrl(), options.dbUser(),
                options.dbPassword()); Application application = Application.start(options)) {
            double idleMiB = application.residentMiB();
            startup.ifPresent(starts -> starts.report(report, idleMiB));
            if (options.parts().contains("queue")) {
                new QueueBench(application, database, options.queueRequests()).run(report);
            }
            if (options.parts().contains("intake")) {
                new IntakeBench(application, options, database).run(report);
            }
            if (options.parts().contains("deadline")) {
                new DeadlineBench(application, database).run(report);
            }
        }
        report.print();
    }
}

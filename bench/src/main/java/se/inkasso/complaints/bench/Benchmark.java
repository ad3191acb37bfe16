package se.inkasso.complaints.bench;

import java.sql.Connection;
import java.sql.DriverManager;

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
        double bareStartup;
        double bareMiB;
        try (Application bare = Application.startBare(options)) {
            bareStartup = bare.startupSeconds();
            bareMiB = bare.residentMiB();
        }
        try (Connection database = DriverManager.getConnection(options.dbUrl(), options.dbUser(),
                options.dbPassword()); Application application = Application.start(options)) {
            report.add(new Report.Figure("startup: process start to /health/ready UP (plain: Payara Micro alone)",
                    application.startupSeconds(), "s", bareStartup, "< 20 s", application.startupSeconds() < 20));
            double idle = application.residentMiB();
            report.add(new Report.Figure("resident memory, idle after startup (plain: Payara Micro alone)", idle, "MiB",
                    bareMiB, "< 768 MiB", idle < 768));
            new QueueBench(application, database, options.queueRequests()).run(report);
            new IntakeBench(application, options, database).run(report);
            new DeadlineBench(application, database).run(report);
        }
        report.print();
    }
}

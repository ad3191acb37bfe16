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
        if (options.profile() != null) {
            System.out.println("Profiling to " + options.profile() + ": the application runs without the class archive,"
                    + " so its startup figure is the one without");
        }
        Starts bare = Starts.measure(options, Application::startBare);
        Starts unarchived = Starts.measure(options, Application::startWithoutArchive);
        Starts archived = Starts.measure(options, Application::start);
        try (Connection database = DriverManager.getConnection(options.dbUrl(), options.dbUser(),
                options.dbPassword()); Application application = Application.start(options)) {
            String median = " (median of " + options.starts() + ")";
            report.add(new Report.Figure("startup: process start to /health/ready UP" + median
                    + " (plain: Payara Micro alone)", archived.seconds(), "s", bare.seconds(), "< 20 s",
                    archived.seconds() < 20));
            report.add(new Report.Figure("CPU used by a start" + median, archived.cpuSeconds(), "s",
                    bare.cpuSeconds(), "(steadier than the time)", true));
            report.add(new Report.Figure("startup without the class archive of scripts/warm-up.sh" + median,
                    unarchived.seconds(), "s", bare.seconds(), "(what the archive saves)", true));
            report.add(new Report.Figure("CPU used by a start without the class archive" + median,
                    unarchived.cpuSeconds(), "s", bare.cpuSeconds(), "(what the archive saves)", true));
            double bareMiB = bare.residentMiB();
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

package se.inkasso.complaints.bench;

import java.io.IOException;

/**
 * Startup (#9, 5): Payara Micro alone, the WAR without the class archive and with it, each
 * started several times before the benchmark's own start; the memory of that start, idle.
 */
record StartupBench(BenchOptions options, Starts bare, Starts unarchived, Starts archived) {

    static StartupBench measure(BenchOptions options) throws IOException, InterruptedException {
        return new StartupBench(options, Starts.measure(options, Application::startBare),
                Starts.measure(options, Application::startWithoutArchive), Starts.measure(options, Application::start));
    }

    void report(Report report, double idleMiB) {
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
        report.add(new Report.Figure("resident memory, idle after startup (plain: Payara Micro alone)", idleMiB, "MiB",
                bare.residentMiB(), "< 768 MiB", idleMiB < 768));
    }
}

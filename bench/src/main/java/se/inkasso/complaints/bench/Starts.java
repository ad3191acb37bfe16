package se.inkasso.complaints.bench;

import java.io.IOException;
import java.util.Arrays;

/**
 * Several starts of one kind, each ended once ready: on a machine whose CPU is shared a single
 * start varies by seconds, so the figures are the medians, with the CPU a start used (steadier).
 */
record Starts(double seconds, double cpuSeconds, double residentMiB) {

    @FunctionalInterface
    interface Launcher {
        Application start(BenchOptions options) throws IOException, InterruptedException;
    }

    static Starts measure(BenchOptions options, Launcher launcher) throws IOException, InterruptedException {
        double[] seconds = new double[options.starts()];
        double[] cpuSeconds = new double[options.starts()];
        double[] residentMiB = new double[options.starts()];
        for (int start = 0; start < options.starts(); start++) {
            try (Application application = launcher.start(options)) {
                seconds[start] = application.startupSeconds();
                cpuSeconds[start] = application.startupCpuSeconds();
                residentMiB[start] = application.residentMiB();
            }
        }
        return new Starts(median(seconds), median(cpuSeconds), median(residentMiB));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

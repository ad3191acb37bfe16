package se.inkasso.complaints.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations of one kind of request, in milliseconds, and their percentiles. Thread-safe. */
final class Latencies {

    private final List<Double> millis = new ArrayList<>();

    synchronized void add(long nanos) {
        millis.add(nanos / 1e6);
    }

    synchronized int count() {
        return millis.size();
    }

    /** The p-th percentile (0-100), nearest rank. */
    synchronized double percentile(double p) {
        if (millis.isEmpty()) {
            throw new IllegalStateException("Nothing was measured");
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** Times {@code work} {@code times} times in a row. */
    static Latencies of(int times, Work work) throws Exception {
        Latencies latencies = new Latencies();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            work.run(i);
            latencies.add(System.nanoTime() - start);
        }
        return latencies;
    }

    /** One measured piece of work; {@code i} counts the runs. */
    @FunctionalInterface
    interface Work {
        void run(int i) throws Exception;
    }
}

package se.inkasso.complaints.notification.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.LetterKind;
import se.inkasso.complaints.notification.control.LetterRenderer;
import se.inkasso.complaints.notification.control.LetterSamplesAccess;

/**
 * Letters rendered per second (template filled in and laid out as PDF), every kind in both
 * languages in turn, on one thread and on all cores, after a warm-up. Prints the figures.
 */
public final class LetterBenchmark {

    private static final LetterKind[] KINDS = LetterKind.values();
    private static final Language[] LANGUAGES = Language.values();

    private LetterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        LetterRenderer renderer = LetterSamplesAccess.renderer();
        run(renderer, 3);
        long bytes = 0;
        for (LetterKind kind : KINDS) {
            bytes += LetterSamplesAccess.render(renderer, kind, Language.SV).pdf().length;
        }
        System.out.printf("Average letter size: %.1f KiB%n", bytes / 1024.0 / KINDS.length);
        double single = run(renderer, seconds);
        System.out.printf("Letters rendered per second, 1 thread: %.0f%n", single);
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try {
            List<Future<Double>> rates = new ArrayList<>();
            for (int i = 0; i < cores; i++) {
                rates.add(pool.submit(() -> run(renderer, seconds)));
            }
            double total = 0;
            for (Future<Double> rate : rates) {
                total += rate.get();
            }
            System.out.printf("Letters rendered per second, %d threads: %.0f (%.2fx one thread)%n", cores, total,
                    total / single);
        } finally {
            pool.shutdown();
        }
    }

    private static double run(LetterRenderer renderer, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        int letters = 0;
        while (System.nanoTime() < end) {
            LetterSamplesAccess.render(renderer, KINDS[letters % KINDS.length],
                    LANGUAGES[(letters / KINDS.length) % LANGUAGES.length]);
            letters++;
        }
        return letters / ((System.nanoTime() - start) / 1e9);
    }
}

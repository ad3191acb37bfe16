package se.inkasso.complaints.notification.bench;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
        double plain = plain(texts(renderer), seconds);
        System.out.printf("Letters rendered per second, 1 thread: %.0f (plain: the same text as paragraphs in one"
                + " font, OpenPDF alone: %.0f; ratio %.2fx)%n", single, plain, single / plain);
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

    /** The text of every sample letter, as the application lays it out. */
    private static List<String> texts(LetterRenderer renderer) throws IOException {
        List<String> texts = new ArrayList<>();
        for (LetterKind kind : KINDS) {
            for (Language language : LANGUAGES) {
                byte[] pdf = LetterSamplesAccess.render(renderer, kind, language).pdf();
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    texts.add(new PDFTextStripper().getText(document));
                }
            }
        }
        return texts;
    }

    /** The plainest PDF of the same text: a paragraph a line in a standard font, no template, no layout. */
    private static double plain(List<String> texts, double seconds) {
        plainFor(texts, 3);
        return plainFor(texts, seconds);
    }

    private static double plainFor(List<String> texts, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        int letters = 0;
        while (System.nanoTime() < end) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4);
            PdfWriter.getInstance(document, out);
            document.open();
            for (String line : texts.get(letters % texts.size()).split("\n")) {
                document.add(new Paragraph(line));
            }
            document.close();
            letters++;
        }
        return letters / ((System.nanoTime() - start) / 1e9);
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

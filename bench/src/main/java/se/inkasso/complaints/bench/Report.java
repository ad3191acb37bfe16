package se.inkasso.complaints.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's figures, each beside the same work done the plain way on the same machine in
 * the same run, and the target it is held to. Printed as they come and as a table at the end.
 */
final class Report {

    /** One figure; {@code plain} is NaN where there is no plain way to compare with. */
    record Figure(String name, double value, String unit, double plain, String target, boolean met) {

        double ratio() {
            return value / plain;
        }

        String line() {
            String compared = Double.isNaN(plain) ? "" : String.format("  plain %9.2f  ratio %5.2fx", plain, ratio());
            return String.format("%-52s %10.2f %-8s%s  target %s: %s", name, value, unit, compared, target,
                    met ? "met" : "MISSED");
        }
    }

    private final List<Figure> figures = new ArrayList<>();

    void add(Figure figure) {
        figures.add(figure);
        System.out.println(figure.line());
    }

    void print() {
        System.out.println();
        System.out.println("=== Figures (" + figures.stream().filter(Figure::met).count() + " of " + figures.size()
                + " targets met) ===");
        figures.forEach(figure -> System.out.println(figure.line()));
    }
}

package se.inkasso.complaints.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes a table one row at a time, so that a long export never sits in memory whole. */
public interface TableWriter extends AutoCloseable {

    /**
     * @param cells texts, numbers and dates; a null is an empty cell
     */
    void row(List<?> cells) throws IOException;

    @Override
    void close() throws IOException;

    /** CSV in UTF-8 with a byte-order mark, so that Excel reads å, ä and ö right. */
    static TableWriter csv(OutputStream out) throws IOException {
        return new CsvTable(out, true);
    }

    /** CSV in UTF-8 without a byte-order mark, for programs that read it. */
    static TableWriter plainCsv(OutputStream out) throws IOException {
        return new CsvTable(out, false);
    }

    static TableWriter xlsx(OutputStream out, String sheetName) {
        return new XlsxTable(out, sheetName);
    }

    /**
     * A text as a spreadsheet may show it but never run it: one that starts like a formula
     * (= + - @) gets a leading apostrophe (CSV injection, OWASP).
     */
    static String neutral(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}

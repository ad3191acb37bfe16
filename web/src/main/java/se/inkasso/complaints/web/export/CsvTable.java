package se.inkasso.complaints.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** RFC 4180 CSV through Commons CSV. */
final class CsvTable implements TableWriter {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CSVPrinter printer;

    CsvTable(OutputStream out, boolean byteOrderMark) throws IOException {
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (byteOrderMark) {
            writer.write(BYTE_ORDER_MARK);
        }
        printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        printer.printRecord(cells.stream().map(cell -> cell == null ? ""
                : cell instanceof String text ? TableWriter.neutral(text) : cell.toString()));
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}

package se.inkasso.complaints.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.postgresql.PGConnection;

/**
 * The rows of one table in PostgreSQL's COPY text format, written to a file while the data set is
 * made and loaded with COPY afterwards: one connection can run only one COPY at a time, and the
 * tables must arrive parents first for their foreign keys.
 */
final class Rows implements AutoCloseable {

    private final String table;
    private final String columns;
    private final Path file;
    private final BufferedWriter out;
    private boolean rowStarted;
    private long count;

    Rows(Path folder, String table, String columns) throws IOException {
        this.table = table;
        this.columns = columns;
        this.file = folder.resolve(table + ".copy");
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    /** One row, its values in the order of the columns. */
    void row(Object... values) {
        try {
            for (Object value : values) {
                if (rowStarted) {
                    out.write('\t');
                }
                rowStarted = true;
                write(value);
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rowStarted = false;
        count++;
    }

    long count() {
        return count;
    }

    String table() {
        return table;
    }

    private void write(Object value) throws IOException {
        if (value == null) {
            out.write("\\N");
        } else if (value instanceof String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> out.write("\\\\");
                    case '\t' -> out.write("\\t");
                    case '\n' -> out.write("\\n");
                    case '\r' -> out.write("\\r");
                    default -> out.write(c);
                }
            }
        } else if (value instanceof BigDecimal amount) {
            out.write(amount.toPlainString());
        } else if (value instanceof Instant || value instanceof LocalDate || value instanceof Number
                || value instanceof Boolean) {
            out.write(value.toString());
        } else {
            throw new IllegalArgumentException("No COPY text for " + value.getClass());
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Loads the written rows into the table, in the connection's transaction. */
    void load(Connection connection) throws IOException, SQLException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " (" + columns + ") from stdin", in, 1 << 16);
        }
        Files.delete(file);
    }
}

package se.inkasso.complaints.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** Queue exports (#7): the same table as CSV and XLSX, and no cell a spreadsheet would run. */
class TableWriterTest {

    private static final List<List<?>> TABLE = List.of(
            List.of("Ärende", "Gäldenär", "Belopp", "Svar senast"),
            List.of("K-2026-000001", "=HYPERLINK(\"http://evil\")", new BigDecimal("1250.50"), LocalDate.of(2026, 12, 1)),
            Arrays.asList("K-2026-000002", "@SUM(A1)", 3, null),
            List.of("K-2026-000003", "-2+3", "+46 8 123", "Åsa Öberg, \"Kalle\""));

    @Test
    void csvIsUtf8ForExcelAndNeutralisesFormulas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter table = TableWriter.csv(out)) {
            for (List<?> row : TABLE) {
                table.row(row);
            }
        }
        String csv = out.toString(StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFÄrende,Gäldenär,Belopp,Svar senast\r\n")
                .contains("K-2026-000001,\"'=HYPERLINK(\"\"http://evil\"\")\",1250.50,2026-12-01\r\n")
                .contains("K-2026-000002,'@SUM(A1),3,\r\n")
                .contains("K-2026-000003,'-2+3,'+46 8 123,\"Åsa Öberg, \"\"Kalle\"\"\"\r\n");
    }

    @Test
    void xlsxKeepsNumbersAndDatesAndNeutralisesFormulas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter table = TableWriter.xlsx(out, "Ärenden")) {
            for (List<?> row : TABLE) {
                table.row(row);
            }
        }

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Ärenden");
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Gäldenär");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("'=HYPERLINK(\"http://evil\")");
            assertThat(rows.get(1).getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("1250.50");
            assertThat(rows.get(1).getCellAsDate(3).orElseThrow().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(rows.get(2).getCellText(1)).isEqualTo("'@SUM(A1)");
            assertThat(rows.get(3).getCellText(1)).isEqualTo("'-2+3");
            assertThat(rows.get(3).getCellText(3)).isEqualTo("Åsa Öberg, \"Kalle\"");
            assertThat(rows).allSatisfy(row -> row.stream().filter(java.util.Objects::nonNull)
                    .forEach(cell -> assertThat(cell.getFormula()).isNull()));
        }
    }
}

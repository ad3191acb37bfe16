package se.inkasso.complaints.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * XLSX through fastexcel, which streams the sheet: a first row in bold that stays in view, numbers
 * as numbers and dates as dates, so that staff can sort and sum.
 */
final class XlsxTable implements TableWriter {

    private static final String APPLICATION = "Complaints";
    private static final String DATE_FORMAT = "yyyy-mm-dd";

    private final Workbook workbook;
    private final Worksheet sheet;
    private int next;

    XlsxTable(OutputStream out, String sheetName) {
        workbook = new Workbook(out, APPLICATION, "1.0");
        sheet = workbook.newWorksheet(sheetName);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        int row = next++;
        for (int column = 0; column < cells.size(); column++) {
            Object cell = cells.get(column);
            if (cell instanceof String text) {
                sheet.value(row, column, TableWriter.neutral(text));
            } else if (cell instanceof Number number) {
                sheet.value(row, column, number instanceof BigDecimal decimal ? decimal : number);
            } else if (cell instanceof LocalDate date) {
                sheet.value(row, column, date);
                sheet.style(row, column).format(DATE_FORMAT).set();
            } else if (cell != null) {
                sheet.value(row, column, TableWriter.neutral(cell.toString()));
            }
        }
        if (row == 0) {
            sheet.range(0, 0, 0, Math.max(0, cells.size() - 1)).style().bold().set();
            sheet.freezePane(0, 1);
        }
        if (row % 1000 == 999) {
            sheet.flush();
        }
    }

    @Override
    public void close() throws IOException {
        workbook.finish();
    }
}

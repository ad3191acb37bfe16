package se.inkasso.complaints.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.inkasso.complaints.casework.boundary.FollowUpReport;

/** The report's CSV: one figure a line, and nothing a spreadsheet would run as a formula. */
class ReportCsvTest {

    @Test
    void writesOneFigureALineAndNeutralisesFormulas() {
        Map<String, Map<String, Long>> sections = new LinkedHashMap<>();
        sections.put("creditor", Map.of("=HYPERLINK(\"http://x\")", 2L));
        sections.put("type", Map.of("COMPLAINT", 3L));
        String csv = ReportResource.csv(new FollowUpReport(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), null, 3,
                sections, 2, 1, 0, 0, 4.5, new BigDecimal("60")));

        assertThat(csv).startsWith("section,key,value\r\n")
                .contains("type,COMPLAINT,3\r\n")
                .contains("creditor,\"'=HYPERLINK(\"\"http://x\"\")\",2\r\n")
                .contains("deadlines,responseBreached,1\r\n")
                .contains("handling,medianBusinessDays,4.5\r\n")
                .contains("redress,totalSEK,60.00\r\n");
        assertThat(csv.lines()).noneMatch(line -> line.matches("^[=+\\-@].*"));
    }
}

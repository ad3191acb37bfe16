package se.inkasso.complaints.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's charts as Chart.js reads them. */
class ChartJsonTest {

    @Test
    void severalSeriesAreStackedBars() {
        JsonObject chart = read(ChartJson.bars(List.of("v47", "v48")).series("Klagomål", List.of(3L, 5L))
                .series("Invändning", List.of(1L, 0L)).json());

        assertThat(chart.getString("type")).isEqualTo("bar");
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getString(1)).isEqualTo("v48");
        assertThat(chart.getJsonObject("data").getJsonArray("datasets")).hasSize(2);
        assertThat(chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data")
                .getJsonNumber(1).longValue()).isEqualTo(5);
        assertThat(chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getBoolean("stacked"))
                .isTrue();
    }

    @Test
    void aDoughnutHasOneMeaningfulColourPerSlice() {
        JsonObject chart = read(ChartJson.doughnut(List.of("I tid", "Snart", "Försenade"))
                .colours(List.of("#38761d", "#b45f06", "#a61c00")).series("Ärenden", List.of(7L, 2L, 1L)).json());

        assertThat(chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0)
                .getJsonArray("backgroundColor").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("#38761d", "#b45f06", "#a61c00");
        assertThat(chart.getJsonObject("options").containsKey("scales")).isFalse();
    }

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}

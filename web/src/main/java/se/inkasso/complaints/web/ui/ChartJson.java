package se.inkasso.complaints.web.ui;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Chart.js configuration for PrimeFaces' {@code p:chart}: bars (stacked when there are several
 * series) or a doughnut, in colours that keep their contrast on white.
 */
final class ChartJson {

    private static final List<String> COLOURS = List.of("#0b5394", "#b45f06", "#38761d", "#741b47", "#45818e",
            "#7f6000", "#a61c00", "#3d3d8f");

    private final String type;
    private final List<String> labels;
    private final Map<String, List<Long>> series = new LinkedHashMap<>();
    private boolean horizontal;
    private List<String> palette = COLOURS;

    private ChartJson(String type, List<String> labels) {
        this.type = type;
        this.labels = labels;
    }

    static ChartJson bars(List<String> labels) {
        return new ChartJson("bar", labels);
    }

    static ChartJson doughnut(List<String> labels) {
        return new ChartJson("doughnut", labels);
    }

    ChartJson series(String name, List<Long> values) {
        series.put(name, values);
        return this;
    }

    /** Colours that carry meaning, such as green, amber and red for deadlines. */
    ChartJson colours(List<String> meaningful) {
        palette = meaningful;
        return this;
    }

    ChartJson horizontal() {
        horizontal = true;
        return this;
    }

    String json() {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int index = 0;
        for (Map.Entry<String, List<Long>> entry : series.entrySet()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            entry.getValue().forEach(data::add);
            JsonArrayBuilder colours = Json.createArrayBuilder();
            if ("doughnut".equals(type)) {
                for (int i = 0; i < entry.getValue().size(); i++) {
                    colours.add(palette.get(i % palette.size()));
                }
            } else {
                colours.add(palette.get(index % palette.size()));
            }
            datasets.add(Json.createObjectBuilder().add("label", entry.getKey()).add("data", data)
                    .add("backgroundColor", colours));
            index++;
        }
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true)
                .add("maintainAspectRatio", false).add("animation", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder()
                        .add("display", series.size() > 1 || "doughnut".equals(type)).add("position", "bottom")));
        if ("bar".equals(type)) {
            boolean stacked = series.size() > 1;
            options.add("indexAxis", horizontal ? "y" : "x").add("scales", Json.createObjectBuilder()
                    .add("x", Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true))
                    .add("y", Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true)));
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}

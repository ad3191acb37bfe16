package se.inkasso.complaints.web.ui;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.inkasso.complaints.domain.json.JsonBuilders;

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
        JsonArrayBuilder datasets = JsonBuilders.array();
        int index = 0;
        for (Map.Entry<String, List<Long>> entry : series.entrySet()) {
            JsonArrayBuilder data = JsonBuilders.array();
            entry.getValue().forEach(data::add);
            JsonArrayBuilder colours = JsonBuilders.array();
            if ("doughnut".equals(type)) {
                for (int i = 0; i < entry.getValue().size(); i++) {
                    colours.add(palette.get(i % palette.size()));
                }
            } else {
                colours.add(palette.get(index % palette.size()));
            }
            datasets.add(JsonBuilders.object().add("label", entry.getKey()).add("data", data)
                    .add("backgroundColor", colours));
            index++;
        }
        JsonArrayBuilder names = JsonBuilders.array();
        labels.forEach(names::add);
        JsonObjectBuilder options = JsonBuilders.object().add("responsive", true)
                .add("maintainAspectRatio", false).add("animation", false)
                .add("plugins", JsonBuilders.object().add("legend", JsonBuilders.object()
                        .add("display", series.size() > 1 || "doughnut".equals(type)).add("position", "bottom")));
        if ("bar".equals(type)) {
            boolean stacked = series.size() > 1;
            options.add("indexAxis", horizontal ? "y" : "x").add("scales", JsonBuilders.object()
                    .add("x", JsonBuilders.object().add("stacked", stacked).add("beginAtZero", true))
                    .add("y", JsonBuilders.object().add("stacked", stacked).add("beginAtZero", true)));
        }
        return JsonBuilders.object().add("type", type)
                .add("data", JsonBuilders.object().add("labels", names).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}

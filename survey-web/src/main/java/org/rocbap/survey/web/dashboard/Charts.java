package org.rocbap.survey.web.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import software.xdev.chartjs.model.charts.BarChart;
import software.xdev.chartjs.model.charts.LineChart;
import software.xdev.chartjs.model.data.BarData;
import software.xdev.chartjs.model.data.LineData;
import software.xdev.chartjs.model.dataset.BarDataset;
import software.xdev.chartjs.model.dataset.LineDataset;
import software.xdev.chartjs.model.enums.IndexAxis;
import software.xdev.chartjs.model.options.BarOptions;
import software.xdev.chartjs.model.options.LineOptions;
import software.xdev.chartjs.model.options.Plugins;
import software.xdev.chartjs.model.options.Title;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;

/**
 * The dashboard's charts as Chart.js models for PrimeFaces' {@code p:chart}. Colours come from one
 * palette that keeps 3:1 contrast against white, so that bars stay visible to readers with low vision.
 */
final class Charts {

    /** Dark blue, orange, green, purple, red, teal: distinguishable in the common colour-vision deficiencies. */
    private static final String[] PALETTE = {"#1f4e79", "#b35900", "#2e7d32", "#6a1b9a", "#b71c1c", "#00695c"};

    private Charts() {}

    /** One series of bars per entry of {@code series}, side by side (or stacked), over {@code labels}. */
    static String bars(String title, List<String> labels, List<Series> series, boolean horizontal, boolean stacked) {
        BarData data = new BarData().setLabels(labels);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            data.addDataset(new BarDataset()
                    .setLabel(s.label())
                    .setData(s.values())
                    .setBackgroundColor(PALETTE[i % PALETTE.length])
                    .setStack(stacked ? "all" : s.label()));
        }
        BarOptions options = new BarOptions()
                .setIndexAxis(horizontal ? IndexAxis.Y : IndexAxis.X)
                .setMaintainAspectRatio(false)
                .setPlugins(new Plugins().setTitle(new Title().setDisplay(true).setText(title)))
                .setScales(new Scales()
                        .addScale(
                                horizontal ? Scales.ScaleAxis.X : Scales.ScaleAxis.Y,
                                new LinearScaleOptions().setBeginAtZero(true).setStacked(stacked)));
        return new BarChart(data, options).toJson();
    }

    /** One line per entry of {@code series} over {@code labels}; values in per cent run from 0 to 100. */
    static String lines(String title, List<String> labels, List<Series> series) {
        LineData data = new LineData().setLabels(labels);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            data.addDataset(new LineDataset()
                    .setLabel(s.label())
                    .setData(s.values())
                    .setBorderColor(PALETTE[i % PALETTE.length])
                    .setBackgroundColor(PALETTE[i % PALETTE.length]));
        }
        LineOptions options = new LineOptions()
                .setMaintainAspectRatio(false)
                .setPlugins(new Plugins().setTitle(new Title().setDisplay(true).setText(title)))
                .setScales(new Scales()
                        .addScale(
                                Scales.ScaleAxis.Y,
                                new LinearScaleOptions().setBeginAtZero(true).setMax(100)));
        return new LineChart(data, options).toJson();
    }

    /**
     * Horizontal bars from each interval's lower to its upper end (per cent, 0 to 100), one per label:
     * Chart.js's floating bars, so that the reader sees how sure each figure is, not only its value.
     */
    static String intervals(String title, String axis, List<String> labels, List<Double> lower, List<Double> upper) {
        JsonArrayBuilder ranges = Json.createArrayBuilder();
        for (int i = 0; i < labels.size(); i++) {
            ranges.add(
                    lower.get(i) == null
                            ? Json.createArrayBuilder().add(0).add(0)
                            : Json.createArrayBuilder()
                                    .add(Math.round(lower.get(i) * 1000) / 10.0)
                                    .add(Math.round(upper.get(i) * 1000) / 10.0));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", Json.createArrayBuilder(labels))
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", axis)
                                                        .add("data", ranges)
                                                        .add("backgroundColor", PALETTE[0]))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("indexAxis", "y")
                                .add("maintainAspectRatio", false)
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "title",
                                                        Json.createObjectBuilder()
                                                                .add("display", true)
                                                                .add("text", title)))
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "x",
                                                        Json.createObjectBuilder()
                                                                .add("min", 0)
                                                                .add("max", 100))))
                .build()
                .toString();
    }

    /** A named series of numbers; {@code null} leaves a gap (a figure not known for that year). */
    record Series(String label, List<Number> values) {}
}

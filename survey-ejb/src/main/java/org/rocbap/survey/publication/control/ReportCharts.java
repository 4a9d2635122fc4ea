package org.rocbap.survey.publication.control;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's charts, drawn on the server with JFreeChart so that the PDF and the DOCX print the
 * same picture whatever browser the head uses.
 */
final class ReportCharts {

    /** Drawn at twice the printed size so that the picture stays sharp on paper. */
    static final int WIDTH = 1000;

    static final int HEIGHT = 440;

    // The WCO's blue and a grey that both keep 3:1 against white and apart from each other.
    private static final Color PRIMARY = new Color(0x1f, 0x4e, 0x8c);
    private static final Color SECONDARY = new Color(0x8a, 0x5a, 0x00);

    private ReportCharts() {}

    /** One bar per category, in the map's order. */
    static BufferedImage bars(Map<String, ? extends Number> values, String categoryAxis, String valueAxis) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        values.forEach((category, value) -> data.addValue(value, valueAxis, category));
        JFreeChart chart = ChartFactory.createBarChart(
                null, categoryAxis, valueAxis, data, PlotOrientation.VERTICAL, false, false, false);
        return draw(chart);
    }

    private static BufferedImage draw(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.GRAY);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
        plot.getDomainAxis().setTickLabelFont(font);
        plot.getDomainAxis().setLabelFont(font);
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        plot.getRangeAxis().setTickLabelFont(font);
        plot.getRangeAxis().setLabelFont(font);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, PRIMARY);
        renderer.setSeriesPaint(1, SECONDARY);
        renderer.setMaximumBarWidth(0.12);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        } finally {
            g.dispose();
        }
        return image;
    }
}

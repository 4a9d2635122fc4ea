package org.rocbap.survey.publication.control;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * What the report is made of, in reading order; {@link GoodPracticeReport} says what to print and
 * each format lays it out, so the PDF and the DOCX cannot tell different stories.
 */
public interface ReportLayout {

    void cover(String title, String subtitle, String note);

    /** Where the table of contents goes; the writer fills it once it knows every heading's page. */
    void contents(String heading);

    /** @param level 1 for a chapter, 2 for a section within it */
    void heading(int level, String text);

    void paragraph(String text);

    /** A quoted good practice and whom it comes from. */
    void quote(String text, String attribution);

    /**
     * @param rows the last row is the totals row when {@code totals} is set
     * @param wide the column that holds text (the workshop's title), the others hold figures
     */
    void table(String caption, List<String> headers, List<List<String>> rows, boolean totals, int wide);

    /** @param description what the chart shows, for readers who cannot see it */
    void figure(BufferedImage image, String description);

    byte[] finish();
}

package org.rocbap.survey.publication.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The report as a Word document (Apache POI), for the head to adapt before printing: real heading
 * styles (so that Word's navigation pane and contents field work), tables with a repeated header
 * row, and the charts as pictures with their description as alternative text.
 */
public final class DocxReportLayout implements ReportLayout {

    private static final String HEADING = "Heading";
    private static final String CAPTION = "Caption";

    private final XWPFDocument document = new XWPFDocument();
    private final String language;

    /** @param language the BCP 47 tag of the text, e.g. "en" */
    public DocxReportLayout(String language) {
        this.language = language;
        XWPFStyles styles = document.createStyles();
        style(styles, "Title", "Title", 26, -1);
        style(styles, HEADING + 1, "heading 1", 16, 0);
        style(styles, HEADING + 2, "heading 2", 13, 1);
        style(styles, CAPTION, "caption", 10, -1);
    }

    private void style(XWPFStyles styles, String id, String name, int points, int outlineLevel) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.addNewName().setVal(name);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewQFormat();
        if (outlineLevel >= 0) {
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr run = style.addNewRPr();
        run.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        run.addNewB();
        run.addNewLang().setVal(language);
        styles.addStyle(new XWPFStyle(style));
    }

    @Override
    public void cover(String title, String subtitle, String note) {
        document.getProperties().getCoreProperties().setTitle(title);
        document.getProperties().getCoreProperties().setCreator("WCO ROCB Asia/Pacific");
        styled("Title", title);
        run(document.createParagraph(), subtitle).setFontSize(14);
        run(document.createParagraph(), note).setItalic(true);
    }

    @Override
    public void contents(String heading) {
        pageBreak();
        styled(HEADING + 1, heading);
        // A contents field: Word and LibreOffice fill it with page numbers when they open the file.
        CTSimpleField field = document.createParagraph().getCTP().addNewFldSimple();
        field.setInstr("TOC \\o \"1-2\" \\h \\z \\u");
        document.enforceUpdateFields();
    }

    @Override
    public void heading(int level, String text) {
        if (level == 1) {
            pageBreak();
        }
        styled(HEADING + level, text);
    }

    @Override
    public void paragraph(String text) {
        run(document.createParagraph(), text);
    }

    @Override
    public void quote(String text, String attribution) {
        XWPFParagraph quote = document.createParagraph();
        quote.setIndentationLeft(360);
        run(quote, "\u2022 " + text);
        XWPFParagraph source = document.createParagraph();
        source.setIndentationLeft(720);
        run(source, "(" + attribution + ")").setItalic(true);
    }

    @Override
    public void table(String caption, List<String> headers, List<List<String>> rows, boolean totals, int wide) {
        styled(CAPTION, caption);
        XWPFTable table = document.createTable(rows.size() + 1, headers.size());
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        fill(header, headers, true, wide);
        for (int r = 0; r < rows.size(); r++) {
            fill(table.getRow(r + 1), rows.get(r), totals && r == rows.size() - 1, wide);
        }
        document.createParagraph();
    }

    private void fill(XWPFTableRow row, List<String> cells, boolean bold, int wide) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            if (c > wide) {
                paragraph.setAlignment(ParagraphAlignment.RIGHT);
            }
            XWPFRun run = run(paragraph, cells.get(c));
            run.setBold(bold);
            run.setFontSize(9);
        }
    }

    @Override
    public void figure(BufferedImage image, String description) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = paragraph.createRun();
            double width = 430;
            run.addPicture(
                    new ByteArrayInputStream(png.toByteArray()),
                    Document.PICTURE_TYPE_PNG,
                    "chart.png",
                    Units.toEMU(width),
                    Units.toEMU(width * image.getHeight() / image.getWidth()));
            run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(description);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public byte[] finish() {
        try (document) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void styled(String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        run(paragraph, text);
    }

    private void pageBreak() {
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    private XWPFRun run(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setLang(language);
        return run;
    }
}

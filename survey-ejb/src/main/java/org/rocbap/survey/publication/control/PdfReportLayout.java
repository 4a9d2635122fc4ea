package org.rocbap.survey.publication.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The report as a tagged PDF (PDFBox): every line of text, table cell and chart is marked content
 * under a structure element (H1, P, Table, Figure with its alternative text), page furniture is an
 * artifact, chapters are bookmarks, and the contents page links to each heading's page.
 */
public final class PdfReportLayout implements ReportLayout {

    private static final PDRectangle SIZE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;
    private static final float BODY = 10.5f;
    private static final float SMALL = 8;

    private final PDDocument document = new PDDocument();
    private final PDFont regular = new PDType1Font(FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(FontName.HELVETICA_BOLD);
    private final PDFont italic = new PDType1Font(FontName.HELVETICA_OBLIQUE);
    private final PDStructureTreeRoot structure = new PDStructureTreeRoot();
    private final PDStructureElement root;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private final Map<PDPage, List<PDStructureElement>> marked = new HashMap<>();
    private final List<Heading> headings = new ArrayList<>();
    private final String language;

    private PDPage page;
    private PDPageContentStream stream;
    private float y;
    private PDOutlineItem chapter;
    private PDPage contentsPage;
    private PDStructureElement contentsElement;
    private String contentsHeading;
    private String title = "";

    private record Heading(int level, String text, PDPage page, float top) {}

    /** @param language the BCP 47 tag readers' software reads the text with, e.g. "en" */
    public PdfReportLayout(String language) {
        this.language = language;
        root = new PDStructureElement(StandardStructureTypes.DOCUMENT, structure);
        structure.appendKid(root);
    }

    @Override
    public void cover(String title, String subtitle, String note) {
        this.title = title;
        newPage();
        y = SIZE.getHeight() * 0.62f;
        lines(StandardStructureTypes.H1, root, title, bold, 26, 0);
        y -= 12;
        lines(StandardStructureTypes.P, root, subtitle, regular, 14, 0);
        y -= 24;
        lines(StandardStructureTypes.P, root, note, italic, BODY, 0);
    }

    @Override
    public void contents(String heading) {
        contentsHeading = heading;
        newPage();
        contentsPage = page;
        contentsElement = new PDStructureElement(StandardStructureTypes.TOC, root);
        root.appendKid(contentsElement);
        newPage();
    }

    @Override
    public void heading(int level, String text) {
        float size = level == 1 ? 16 : 12.5f;
        if (level == 1 && y < SIZE.getHeight() - MARGIN - 1) {
            newPage();
        } else {
            room(size * 4);
            y -= size * 0.6f;
        }
        headings.add(new Heading(level, text, page, y + size));
        bookmark(level, text);
        lines(level == 1 ? StandardStructureTypes.H1 : StandardStructureTypes.H2, root, text, bold, size, 0);
        y -= size * 0.4f;
    }

    @Override
    public void paragraph(String text) {
        lines(StandardStructureTypes.P, root, text, regular, BODY, 0);
        y -= BODY * 0.6f;
    }

    @Override
    public void quote(String text, String attribution) {
        room(BODY * 3);
        PDStructureElement item = new PDStructureElement(StandardStructureTypes.BLOCK_QUOTE, root);
        root.appendKid(item);
        lines(StandardStructureTypes.P, item, "\u2022 " + text, regular, BODY, 10);
        lines(StandardStructureTypes.P, item, "(" + attribution + ")", italic, SMALL + 1, 20);
        y -= BODY * 0.5f;
    }

    @Override
    public void table(String caption, List<String> headers, List<List<String>> rows, boolean totals, int wide) {
        float[] widths = columnWidths(headers.size(), wide);
        room(80);
        PDStructureElement table = new PDStructureElement(StandardStructureTypes.TABLE, root);
        root.appendKid(table);
        lines(StandardStructureTypes.CAPTION, table, caption, bold, BODY, 0);
        y -= 4;
        row(table, headers, widths, true, false);
        for (int i = 0; i < rows.size(); i++) {
            boolean total = totals && i == rows.size() - 1;
            if (!fits(rows.get(i), widths)) {
                newPage();
                row(table, headers, widths, true, false);
            }
            row(table, rows.get(i), widths, false, total);
        }
        y -= BODY;
    }

    @Override
    public void figure(BufferedImage image, String description) {
        float width = WIDTH * 0.8f;
        float height = width * image.getHeight() / image.getWidth();
        room(height + 10);
        try {
            PDImageXObject picture = LosslessFactory.createFromImage(document, image);
            PDStructureElement figure = new PDStructureElement(StandardStructureTypes.Figure, root);
            figure.setAlternateDescription(description);
            root.appendKid(figure);
            y -= height;
            float x = MARGIN + (WIDTH - width) / 2;
            float bottom = y;
            mark(figure, StandardStructureTypes.Figure, () -> stream.drawImage(picture, x, bottom, width, height));
            y -= 14;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] finish() {
        try {
            closeStream();
            writeContents();
            numberPages();
            catalog();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void catalog() {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        catalog.setStructureTreeRoot(structure);
        catalog.setLanguage(language);
        catalog.setDocumentOutline(outline);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(title);
        information.setAuthor("WCO ROCB Asia/Pacific");
        // The parent tree lets a reader go from a marked line on a page back to its element.
        Map<Integer, PDParentTreeValue> parents = new HashMap<>();
        int key = 0;
        for (PDPage each : document.getPages()) {
            COSArray elements = new COSArray();
            marked.getOrDefault(each, List.of()).forEach(e -> elements.add(e));
            parents.put(key, new PDParentTreeValue(elements));
            each.setStructParents(key++);
        }
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(parents);
        structure.setParentTree(tree);
        structure.setParentTreeNextKey(key);
    }

    /** Fills the contents page now that every heading has its page, each entry a link to it. */
    private void writeContents() throws IOException {
        page = contentsPage;
        stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true);
        y = SIZE.getHeight() - MARGIN;
        lines(StandardStructureTypes.H1, contentsElement, contentsHeading, bold, 16, 0);
        y -= 8;
        for (Heading heading : headings) {
            PDStructureElement item = new PDStructureElement(StandardStructureTypes.TOCI, contentsElement);
            contentsElement.appendKid(item);
            float indent = heading.level() == 1 ? 0 : 16;
            String number = String.valueOf(document.getPages().indexOf(heading.page()) + 1);
            float top = y;
            PDFont font = heading.level() == 1 ? bold : regular;
            String label = fitted(heading.text(), font, BODY, WIDTH - indent - 40);
            mark(item, StandardStructureTypes.P, () -> {
                text(label, font, BODY, MARGIN + indent, top - BODY);
                text(number, font, BODY, MARGIN + WIDTH - width(number, font, BODY), top - BODY);
            });
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(MARGIN, top - BODY * 1.6f, WIDTH, BODY * 1.5f));
            PDPageXYZDestination target = new PDPageXYZDestination();
            target.setPage(heading.page());
            target.setTop((int) heading.top());
            link.setDestination(target);
            link.setContents(heading.text());
            PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
            noBorder.setWidth(0);
            link.setBorderStyle(noBorder);
            page.getAnnotations().add(link);
            y -= BODY * 1.7f;
        }
        closeStream();
    }

    private void numberPages() throws IOException {
        int count = document.getNumberOfPages();
        for (int i = 1; i < count; i++) {
            PDPage each = document.getPage(i);
            try (PDPageContentStream footer =
                    new PDPageContentStream(document, each, PDPageContentStream.AppendMode.APPEND, true, true)) {
                footer.beginMarkedContent(COSName.ARTIFACT);
                footer.beginText();
                footer.setFont(regular, SMALL);
                String label = safe(title + "  \u2013  " + (i + 1) + " / " + count, regular);
                footer.newLineAtOffset(MARGIN, MARGIN / 2);
                footer.showText(label);
                footer.endText();
                footer.endMarkedContent();
            }
        }
    }

    private void bookmark(int level, String text) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(text);
        PDPageXYZDestination target = new PDPageXYZDestination();
        target.setPage(page);
        target.setTop((int) (y + 20));
        item.setDestination(target);
        if (level == 1 || chapter == null) {
            outline.addLast(item);
            chapter = item;
        } else {
            chapter.addLast(item);
        }
    }

    /** One table row, its cells' text wrapped; a total row in bold, the header row as TH. */
    private void row(PDStructureElement table, List<String> cells, float[] widths, boolean header, boolean total) {
        PDStructureElement row = new PDStructureElement(StandardStructureTypes.TR, table);
        table.appendKid(row);
        PDFont font = header || total ? bold : regular;
        float size = header ? SMALL : SMALL + 1;
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<String> cellLines = wrap(cells.get(c), font, size, widths[c] - 6);
            wrapped.add(cellLines);
            height = Math.max(height, cellLines.size());
        }
        float rowHeight = height * size * 1.25f + 6;
        float top = y;
        float x = MARGIN;
        for (int c = 0; c < cells.size(); c++) {
            PDStructureElement cell =
                    new PDStructureElement(header ? StandardStructureTypes.TH : StandardStructureTypes.TD, row);
            row.appendKid(cell);
            List<String> cellLines = wrapped.get(c);
            boolean figure = c > 1 || cellLines.isEmpty();
            float cellX = x;
            float cellWidth = widths[c];
            mark(cell, StandardStructureTypes.P, () -> {
                float lineY = top - 3 - size;
                for (String line : cellLines) {
                    float lineX = figure ? cellX + cellWidth - 3 - width(line, font, size) : cellX + 3;
                    text(line, font, size, lineX, lineY);
                    lineY -= size * 1.25f;
                }
            });
            x += widths[c];
        }
        artifact(() -> {
            stream.setLineWidth(header || total ? 0.8f : 0.3f);
            stream.moveTo(MARGIN, top - rowHeight);
            stream.lineTo(MARGIN + WIDTH, top - rowHeight);
            stream.stroke();
        });
        y -= rowHeight;
    }

    private boolean fits(List<String> cells, float[] widths) {
        int height = 1;
        for (int c = 0; c < cells.size(); c++) {
            height = Math.max(
                    height,
                    wrap(cells.get(c), regular, SMALL + 1, widths[c] - 6).size());
        }
        return y - (height * (SMALL + 1) * 1.25f + 6) > MARGIN;
    }

    private static float[] columnWidths(int columns, int wide) {
        float narrow = Math.min(62, WIDTH / (columns + 2));
        float[] widths = new float[columns];
        float rest = WIDTH;
        for (int c = 0; c < columns; c++) {
            if (c != wide) {
                widths[c] = narrow;
                rest -= narrow;
            }
        }
        widths[wide] = rest;
        return widths;
    }

    /** Writes wrapped text, one structure element per page it lands on. */
    private void lines(String type, PDStructureElement parent, String text, PDFont font, float size, float indent) {
        List<String> all = wrap(text, font, size, WIDTH - indent);
        int next = 0;
        while (next < all.size()) {
            room(size * 1.4f);
            int fitting = Math.max(1, (int) ((y - MARGIN) / (size * 1.35f)));
            List<String> here = all.subList(next, Math.min(all.size(), next + fitting));
            PDStructureElement element = new PDStructureElement(type, parent);
            parent.appendKid(element);
            float top = y;
            mark(element, type, () -> {
                float lineY = top - size;
                for (String line : here) {
                    text(line, font, size, MARGIN + indent, lineY);
                    lineY -= size * 1.35f;
                }
            });
            y -= here.size() * size * 1.35f;
            next += here.size();
        }
    }

    private interface Drawing {
        void draw() throws IOException;
    }

    /** Draws as marked content with the next MCID of the page and hangs it under the element. */
    private void mark(PDStructureElement element, String type, Drawing drawing) {
        List<PDStructureElement> onPage = marked.computeIfAbsent(page, p -> new ArrayList<>());
        int id = onPage.size();
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, id);
        try {
            stream.beginMarkedContent(COSName.getPDFName(type), PDPropertyList.create(properties));
            drawing.draw();
            stream.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        element.setPage(page);
        element.appendKid(new PDMarkedContent(COSName.getPDFName(type), properties));
        onPage.add(element);
    }

    private void artifact(Drawing drawing) {
        try {
            stream.beginMarkedContent(COSName.ARTIFACT);
            drawing.draw();
            stream.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void text(String line, PDFont font, float size, float x, float baseline) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(line);
        stream.endText();
    }

    private void room(float needed) {
        if (page == null || y - needed < MARGIN) {
            newPage();
        }
    }

    private void newPage() {
        try {
            closeStream();
            page = new PDPage(SIZE);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = SIZE.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    private List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> result = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : safe(text, font).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                result.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            result.add(line.toString());
        }
        return result;
    }

    private String fitted(String text, PDFont font, float size, float width) {
        String safe = safe(text, font);
        if (width(safe, font, size) <= width) {
            return safe;
        }
        String shorter = safe;
        while (!shorter.isEmpty() && width(shorter + "\u2026", font, size) > width) {
            shorter = shorter.substring(0, shorter.length() - 1);
        }
        return shorter + "\u2026";
    }

    private static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text with what the standard fonts cannot print replaced: letters lose their accent (Māori
     * macrons, Vietnamese tones), anything else becomes "?". Line breaks and tabs become spaces.
     */
    private static String safe(String text, PDFont font) {
        StringBuilder out = new StringBuilder();
        text.replaceAll("\\s+", " ").codePoints().forEach(cp -> {
            String character = new String(Character.toChars(cp));
            if (encodable(character, font)) {
                out.append(character);
            } else {
                String base =
                        Normalizer.normalize(character, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                out.append(!base.isEmpty() && encodable(base, font) ? base : "?");
            }
        });
        return out.toString().strip();
    }

    private static boolean encodable(String character, PDFont font) {
        try {
            font.encode(character);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}

package org.rocbap.survey.publication.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.rocbap.survey.publication.control.ReportContent.Quote;
import org.rocbap.survey.publication.control.ReportContent.Source;
import org.rocbap.survey.publication.entity.QuotedQuestion;
import org.rocbap.survey.publication.entity.ReportPart;
import org.rocbap.survey.report.entity.RoundSummary;
import org.rocbap.survey.report.entity.RoundSummary.Actions;
import org.rocbap.survey.report.entity.RoundSummary.WorkshopRow;
import org.rocbap.survey.report.entity.RoundSummary.YesNo;
import org.rocbap.survey.report.entity.TrendPoint;

class GoodPracticeReportTest {

    private static final ReportContent CONTENT = new ReportContent(
            "2016/17",
            3,
            LocalDate.of(2026, 11, 28),
            new RoundSummary(
                    "2016/17",
                    List.of(
                            new WorkshopRow(
                                    "FY1617-01",
                                    "Regional Workshop on Non-Intrusive Inspection",
                                    20,
                                    11,
                                    12,
                                    new Actions(9, 8, 7, 3, 2, 1),
                                    new YesNo(10, 2),
                                    new YesNo(11, 1),
                                    new YesNo(5, 6)),
                            new WorkshopRow(
                                    "FY1617-02",
                                    "Sub-regional Workshop on Post-Clearance Audit for Pacific Māori speakers",
                                    9,
                                    4,
                                    4,
                                    new Actions(4, 1, 1, 1, 0, 0),
                                    new YesNo(3, 1),
                                    new YesNo(4, 0),
                                    new YesNo(1, 3))),
                    new RoundSummary.Totals(
                            29,
                            15,
                            16,
                            new Actions(13, 9, 8, 4, 2, 1),
                            new YesNo(13, 3),
                            new YesNo(15, 1),
                            new YesNo(6, 9),
                            15 / 29.0)),
            List.of(
                    new TrendPoint("2014/15", 0.28, null, null, null, true),
                    new TrendPoint("2016/17", 15 / 29.0, null, null, null, false)),
            Map.of(ReportPart.FOREWORD, "A foreword in two paragraphs.\n\nThe second one.", ReportPart.CONCLUSIONS, ""),
            Map.of(
                    QuotedQuestion.Q5_MODERNIZATION,
                    List.of(new Quote(
                            "Procurement of new x-ray machines",
                            List.of(new Source(
                                    List.of("Maldives", "Samoa", "Tonga"),
                                    "Regional Workshop on Non-Intrusive Inspection"))))));

    @Test
    void thePdfIsTaggedWithBookmarksAndPrintsTheTablesTextsAndExamples() throws IOException {
        byte[] pdf = GoodPracticeReport.write(CONTENT, new PdfReportLayout("en"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Customs Good Practice Report", "Edition 3, generated on 28 Nov 2026")
                    .contains("29 administrations took part in the 2 workshops surveyed and 15 of them replied")
                    .contains("52%", "A foreword in two paragraphs.", "The second one.")
                    .contains("Total 29 15 52%", "Total 16 13 9 8 4 2 1", "Total 13 3", "Total 15 1", "Total 6 9")
                    .contains("Table 1: Replies by workshop", "Table 5: Modernization projects initiated")
                    .contains("Procurement of new x-ray machines")
                    .contains("Maldives, Samoa and Tonga after the Regional Workshop on Non-Intrusive Inspection")
                    // The standard fonts have no macron: the letter keeps its base.
                    .contains("Maori")
                    .doesNotContain("Conclusions");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot().getKids())
                    .isNotEmpty();
            List<String> bookmarks = new java.util.ArrayList<>();
            for (PDOutlineItem item :
                    document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks)
                    .containsExactly(
                            "Foreword",
                            "1. Reply rate",
                            "2. Actions taken after the workshops (Q1, Q2)",
                            "3. Direct effects observed (Q3)",
                            "4. Contribution to efficiency and effectiveness (Q4)",
                            "5. Modernization projects initiated (Q5)");
            // The contents page (page 2) lists every chapter with the page it starts on.
            PDFTextStripper contents = new PDFTextStripper();
            contents.setStartPage(2);
            contents.setEndPage(2);
            assertThat(contents.getText(document)).contains("Contents", "1. Reply rate", "Direct effects (Q3)");
        }
    }

    @Test
    void theDocxHoldsTheSameTablesAndExamples() throws IOException {
        byte[] docx = GoodPracticeReport.write(CONTENT, new DocxReportLayout("en"));

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(document.getTables()).hasSize(5);
            assertThat(document.getTables().get(0).getRow(3).getCell(2).getText())
                    .isEqualTo("29");
            assertThat(document.getTables().get(0).getRow(3).getCell(3).getText())
                    .isEqualTo("15");
            assertThat(document.getTables().get(4).getRow(3).getCell(2).getText())
                    .isEqualTo("6");
            assertThat(document.getAllPictures()).hasSize(5);
            assertThat(extractor.getText())
                    .contains("Procurement of new x-ray machines", "Maldives, Samoa and Tonga after the");
        }
    }
}

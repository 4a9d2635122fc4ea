package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.stack.SurveyStack;

/**
 * Uploads that are not what they claim: a page or a drawing named like a report is refused; a PDF
 * that is also a web page is kept as the PDF it is and served back as an attachment no browser runs;
 * a zip bomb dressed as a Word document is filed without being inflated, and one dressed as a
 * workbook is refused by the import page without harm.
 */
@ExtendWith(StackExtension.class)
class UploadsIT {

    /** Inflates to 100 MB, about a thousand times its size. */
    private static final int BOMB_BYTES = 100 * 1024 * 1024;

    @Test
    void aWebPageOrADrawingNamedLikeAReportIsRefusedAndNothingIsFiled(SurveyStack stack) {
        FollowUpFixture fixture = new FollowUpFixture(stack);
        long participant = fixture.participant("FJI", "Upload Refused");
        ApiClient focalPoint = ApiClient.as(stack, DemoUser.FOCAL_POINT_FJI);
        Map<String, String> disguised = new LinkedHashMap<>();
        disguised.put("report.pdf", "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");
        disguised.put(
                "drawing.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>");
        disguised.put(
                "drawing.pdf",
                "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(3)</script></svg>");

        disguised.forEach((name, content) -> {
            HttpResponse<String> filed = focalPoint.put(
                    "participants/" + participant + "/mission-report",
                    report(name, content.getBytes(StandardCharsets.UTF_8)));
            assertThat(filed.statusCode()).as(name + ": " + filed.body()).isEqualTo(422);
            assertThat(filed.body()).contains("is not a PDF, Word (DOCX) or OpenDocument (ODT) document");
        });
        assertThat(focalPoint
                        .get("participants/" + participant + "/mission-report")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aPdfThatIsAlsoAWebPageIsServedAsAPdfAttachmentThatNoBrowserRuns(SurveyStack stack) {
        FollowUpFixture fixture = new FollowUpFixture(stack);
        long participant = fixture.participant("FJI", "Upload Polyglot");
        ApiClient focalPoint = ApiClient.as(stack, DemoUser.FOCAL_POINT_FJI);
        byte[] polyglot = ("%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n"
                        + "1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);

        HttpResponse<String> filed =
                focalPoint.put("participants/" + participant + "/mission-report", report("page.html", polyglot));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
        HttpResponse<byte[]> download = focalPoint.getBytes("participants/" + participant + "/mission-report/document");

        assertThat(download.body()).isEqualTo(polyglot);
        Downloads.assertSandboxedPdf(download);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;")
                .contains("page.pdf")
                .doesNotContain(".html");
    }

    @Test
    void aZipBombDressedAsAWordDocumentIsFiledWithoutBeingInflated(SurveyStack stack) {
        FollowUpFixture fixture = new FollowUpFixture(stack);
        long participant = fixture.participant("FJI", "Upload Bomb");
        ApiClient focalPoint = ApiClient.as(stack, DemoUser.FOCAL_POINT_FJI);
        byte[] bomb = zip(Map.of(
                "[Content_Types].xml",
                "<Types/>".getBytes(StandardCharsets.UTF_8),
                "word/document.xml",
                new byte[BOMB_BYTES]));
        assertThat(bomb.length).isLessThan(BOMB_BYTES / 500);

        HttpResponse<String> filed =
                focalPoint.put("participants/" + participant + "/mission-report", report("report.docx", bomb));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
        assertThat(ApiClient.object(filed).getString("documentSha256")).isEqualTo(FollowUpFixture.sha256(bomb));
        assertThat(focalPoint
                        .getBytes("participants/" + participant + "/mission-report/document")
                        .body())
                .isEqualTo(bomb);
        assertThat(HealthChecks.ready(stack).status()).isEqualTo(200);
    }

    @Test
    void aZipBombDressedAsAWorkbookIsRefusedByTheImportPage(SurveyStack stack) throws IOException {
        Path bomb = Files.write(
                Files.createTempFile("bomb-", ".xlsx"),
                zip(Map.of(
                        "[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
                        "xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8),
                        "xl/worksheets/sheet1.xml", new byte[BOMB_BYTES])));
        try (Browser browser = new Browser()) {
            browser.open(stack.settings().applicationUrl() + "round/import.xhtml");
            KeycloakLoginPage.expect(browser).signIn(DemoUser.ROCB_STAFF.username, DemoUser.PASSWORD);
            browser.driver().findElement(By.id("import:document")).sendKeys(bomb.toString());
            browser.driver().findElement(By.id("import:importButton")).click();
            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "cannot be read"));

            assertThat(browser.driver().findElement(By.id("messages")).getText())
                    .contains("The workbook " + bomb.getFileName() + " cannot be read");
            assertThat(Axe.violations(browser)).isEmpty();
        } finally {
            Files.deleteIfExists(bomb);
        }
        assertThat(HealthChecks.ready(stack).status()).isEqualTo(200);
    }

    private static String report(String name, byte[] content) {
        return """
                {"version": null, "filedOn": "2017-04-12", "documentName": "%s", "documentBase64": "%s"}""".formatted(name, Base64.getEncoder().encodeToString(content));
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

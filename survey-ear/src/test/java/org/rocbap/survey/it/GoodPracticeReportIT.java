package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.stack.SeedRound;
import org.rocbap.survey.stack.SurveyStack;

/**
 * The Good Practice Report made from the seed round: staff quote, reword and merge examples, each
 * administration's focal point approves or declines its own, the head writes the foreword, and the
 * generated PDF and DOCX print Tables 1-5 and only the approved examples.
 */
@ExtendWith(StackExtension.class)
class GoodPracticeReportIT {

    private static final String REPORT = "rounds/2016-17/report/";

    @Test
    void theReportPrintsTheTablesAndOnlyApprovedExamples(SurveyStack stack) throws IOException {
        ApiClient staff = ApiClient.as(stack, DemoUser.ROCB_STAFF);
        ApiClient head = ApiClient.as(stack, DemoUser.ROCB_HEAD);
        ApiClient fiji = ApiClient.as(stack, DemoUser.FOCAL_POINT_FJI);
        ApiClient samoa = ApiClient.as(stack, DemoUser.FOCAL_POINT_WSM);
        assertThat(staff.post("rounds/import", SeedRound.document().toString()).statusCode())
                .isEqualTo(200);

        // Staff quote the x-ray practice of Samoa and of the Maldives, and merge them into one line.
        JsonObject xray = quote(staff, "WSM", "x-ray");
        JsonObject maldives = quote(staff, "MDV", "x-ray");
        JsonObject merged = ok(staff.post(
                REPORT + "examples/" + xray.getInt("id") + "/merge", "{\"other\": " + maldives.getInt("id") + "}"));
        assertThat(merged.getJsonArray("sources")).hasSize(2);
        String wording = "Procurement of new x-ray machines and hand-held narcotics analyzers";
        JsonObject reworded = ok(staff.put(
                REPORT + "examples/" + xray.getInt("id") + "/wording",
                "{\"version\": %d, \"wording\": \"%s\"}".formatted(merged.getInt("version"), wording)));
        JsonObject pca = quote(staff, "FJI", "training programs");
        JsonObject warehouse = quote(staff, "WSM", "Data Warehousing");

        // Each focal point sees exactly its own administration's requests, with the wording to approve.
        JsonArray samoasRequests = list(samoa.get("consents"));
        JsonArray fijisRequests = list(fiji.get("consents"));
        assertThat(administrations(samoasRequests)).containsOnly("WSM");
        assertThat(administrations(fijisRequests)).containsOnly("FJI");
        JsonObject samoaXray = request(samoasRequests, xray.getInt("id"));
        assertThat(samoaXray.getString("wording")).isEqualTo(wording);
        JsonObject samoaWarehouse = request(samoasRequests, warehouse.getInt("id"));
        JsonObject fijiPca = request(fijisRequests, pca.getInt("id"));

        // Another administration's request is not there for Fiji, and answering it changes nothing.
        HttpResponse<String> foreign = fiji.put("consents/" + samoaXray.getInt("id"), decision(samoaXray, true, null));
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(staff.put("consents/" + fijiPca.getInt("id"), decision(fijiPca, true, null))
                        .statusCode())
                .as("staff cannot consent for an administration")
                .isEqualTo(403);
        assertThat(samoa.put("consents/" + samoaWarehouse.getInt("id"), decision(samoaWarehouse, false, null))
                        .statusCode())
                .as("a decline says why")
                .isEqualTo(422);

        ok(samoa.put("consents/" + samoaXray.getInt("id"), decision(samoaXray, true, null)));
        ok(samoa.put("consents/" + samoaWarehouse.getInt("id"), decision(samoaWarehouse, false, "Not yet public")));
        ok(fiji.put("consents/" + fijiPca.getInt("id"), decision(fijiPca, true, "Happy to share")));
        assertThat(list(samoa.get("consents")).stream()
                        .map(JsonObject.class::cast)
                        .map(r -> r.getInt("exampleId")))
                .as("decided requests leave the to-do")
                .doesNotContain(xray.getInt("id"), warehouse.getInt("id"));

        // The head writes the foreword; staff may read it but not write it.
        ok(head.put(REPORT + "texts/FOREWORD", "{\"body\": \"The fifth round of the follow-up survey.\"}"));
        assertThat(staff.put(REPORT + "texts/FOREWORD", "{\"body\": \"Mine\"}").statusCode())
                .isEqualTo(403);
        assertThat(fiji.post(REPORT + "editions", "").statusCode()).isEqualTo(403);
        assertThat(fiji.get(REPORT + "examples").statusCode()).isEqualTo(403);

        HttpResponse<String> generated = head.post(REPORT + "editions", "");
        assertThat(generated.statusCode()).as(generated.body()).isEqualTo(201);
        int edition = ApiClient.object(generated).getInt("edition");
        byte[] pdf = download(head, REPORT + "editions/" + edition + "/report.pdf", "application/pdf");
        JsonObject totals = ApiClient.object(head.get("rounds/2016-17/summary")).getJsonObject("totals");
        // Kept beside the screenshots: docs/report/ shows its first pages (rendered with pdftoppm).
        Path screenshots = Path.of(System.getProperty("survey.screenshots.dir", "target/screenshots"));
        Files.createDirectories(screenshots);
        Files.write(screenshots.resolve("good-practice-report.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Lines wrap where the page ends them; the test reads the words, not the layout.
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("261 administrations took part", "148 of them replied", "a reply rate of 57%")
                    .contains("Total 261 148 57%")
                    .contains(tableTwoTotal(totals), yesNoTotal(totals, "directEffects"))
                    .contains(yesNoTotal(totals, "efficiency"), yesNoTotal(totals, "modernization"))
                    .contains("1. Reply rate", "3. Direct effects observed (Q3)", "5. Modernization projects initiated")
                    .contains("The fifth round of the follow-up survey.")
                    .contains(wording, "Samoa after the")
                    .contains("Fiji after the")
                    .doesNotContain("Maldives and Samoa", "Maldives, Samoa")
                    .doesNotContain("Data Warehousing");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getDocumentOutline().children())
                    .isNotEmpty();
        }
        byte[] docx = download(head, REPORT + "editions/" + edition + "/report.docx", "wordprocessingml");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getTables()).hasSize(5);
            var tableOne = document.getTables().get(0);
            var total = tableOne.getRow(tableOne.getNumberOfRows() - 1);
            assertThat(total.getCell(2).getText()).isEqualTo("261");
            assertThat(total.getCell(3).getText()).isEqualTo("148");
        }

        // A changed wording asks again: the next edition no longer prints the example until approved.
        JsonObject current = list(staff.get(REPORT + "examples")).stream()
                .map(JsonObject.class::cast)
                .filter(e -> e.getInt("id") == reworded.getInt("id"))
                .findFirst()
                .orElseThrow();
        ok(staff.put(
                REPORT + "examples/" + xray.getInt("id") + "/wording",
                "{\"version\": %d, \"wording\": \"New x-ray scanners at the ports\"}"
                        .formatted(current.getInt("version"))));
        HttpResponse<String> next = staff.post(REPORT + "editions", "");
        assertThat(next.statusCode()).as(next.body()).isEqualTo(201);
        int nextEdition = ApiClient.object(next).getInt("edition");
        assertThat(nextEdition).isEqualTo(edition + 1);
        try (PDDocument document = Loader.loadPDF(
                download(staff, REPORT + "editions/" + nextEdition + "/report.pdf", "application/pdf"))) {
            assertThat(new PDFTextStripper().getText(document))
                    .doesNotContain("New x-ray scanners", wording)
                    .contains("Fiji after the");
        }
        // The earlier edition stays as it was published.
        assertThat(download(staff, REPORT + "editions/" + edition + "/report.pdf", "application/pdf"))
                .isEqualTo(pdf);
        assertThat(list(samoa.get("consents")).stream()
                        .map(JsonObject.class::cast)
                        .map(r -> r.getString("wording")))
                .contains("New x-ray scanners at the ports");
        // Consents are in the audit trail.
        assertThat(list(staff.get("audit?max=200")).stream()
                        .map(JsonObject.class::cast)
                        .map(Object::toString)
                        .filter(entry -> entry.contains("ExampleConsent")))
                .hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void staffQuoteOnTheReportPageAndTheFocalPointApprovesOnTheToDo(SurveyStack stack) {
        ApiClient staff = ApiClient.as(stack, DemoUser.ROCB_STAFF);
        assertThat(staff.post("rounds/import", SeedRound.document().toString()).statusCode())
                .isEqualTo(200);
        String app = stack.settings().applicationUrl();
        try (Browser browser = new Browser()) {
            browser.open(app);
            KeycloakLoginPage.expect(browser).signIn(DemoUser.ROCB_STAFF.username, DemoUser.PASSWORD);
            browser.open(app + "report/publication.xhtml?fy=2016/17");
            browser.driver()
                    .findElement(By.id("publication:administrationFilter"))
                    .sendKeys("FJI");
            browser.choose(browser.driver().findElement(By.id("publication:question")), "Q3 Direct effects observed");
            browser.driver().findElement(By.id("publication:search")).click();
            // The table lists every administration's answers before the search: wait for its answer
            // to the search, then click, again if the table was redrawn under the click.
            browser.waitForAjax();
            browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
                d.findElement(By.cssSelector("#publication\\:answers [aria-label^='Quote: FJI']"))
                        .click();
                return true;
            });
            browser.waiting()
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("messages")).getText().contains("The answer of FJI is quoted"));
            browser.screenshot("report-publication");
        }
        JsonObject quoted = list(staff.get(REPORT + "examples")).stream()
                .map(JsonObject.class::cast)
                .filter(e -> e.getString("question").equals("Q3_EFFECTS"))
                .filter(e -> e.getJsonArray("sources")
                        .getJsonObject(0)
                        .getString("administration")
                        .equals("FJI"))
                .findFirst()
                .orElseThrow();

        try (Browser browser = new Browser()) {
            browser.open(app);
            KeycloakLoginPage.expect(browser).signIn(DemoUser.FOCAL_POINT_FJI.username, DemoUser.PASSWORD);
            browser.waiting()
                    .until(d ->
                            d.findElement(By.id("consent-requests")).getText().contains(quoted.getString("wording")));
            browser.screenshot("consent-request");
            WebElement approve =
                    browser.driver().findElements(By.cssSelector("#consent-requests [aria-label^='Approve:']")).stream()
                            .filter(b -> b.getAttribute("aria-label").contains("Q3 Direct effects observed"))
                            .findFirst()
                            .orElseThrow();
            approve.click();
            browser.waiting()
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("messages")).getText().contains("Your consent to the quote"));
        }
        JsonObject approved = list(staff.get(REPORT + "examples")).stream()
                .map(JsonObject.class::cast)
                .filter(e -> e.getInt("id") == quoted.getInt("id"))
                .findFirst()
                .orElseThrow();
        assertThat(approved.getJsonArray("sources").getJsonObject(0).getBoolean("approved"))
                .isTrue();
    }

    /** Quotes the administration's Q5 answer that says {@code words}, and checks it cannot be quoted twice. */
    private static JsonObject quote(ApiClient staff, String administration, String words) {
        JsonObject candidate =
                list(staff.get(REPORT + "candidates?question=Q5_MODERNIZATION&administration=" + administration))
                        .stream()
                        .map(JsonObject.class::cast)
                        .filter(c -> c.getString("text").contains(words))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no Q5 answer of " + administration + " says " + words));
        HttpResponse<String> created = staff.post(
                REPORT + "examples",
                "{\"replyId\": %d, \"question\": \"Q5_MODERNIZATION\"}".formatted(candidate.getInt("replyId")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(staff.post(
                                REPORT + "examples",
                                "{\"replyId\": %d, \"question\": \"Q5_MODERNIZATION\"}"
                                        .formatted(candidate.getInt("replyId")))
                        .statusCode())
                .as("an answer is quoted once")
                .isEqualTo(422);
        return ApiClient.object(created);
    }

    private static String decision(JsonObject request, boolean approve, String comment) {
        return "{\"exampleVersion\": %d, \"approve\": %s, \"comment\": %s}"
                .formatted(request.getInt("exampleVersion"), approve, comment == null ? "null" : "\"" + comment + "\"");
    }

    private static JsonObject request(JsonArray requests, int exampleId) {
        return requests.stream()
                .map(JsonObject.class::cast)
                .filter(r -> r.getInt("exampleId") == exampleId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no consent request for example " + exampleId + ": " + requests));
    }

    private static List<String> administrations(JsonArray requests) {
        return requests.stream()
                .map(JsonObject.class::cast)
                .map(r -> r.getString("administration"))
                .toList();
    }

    private static String tableTwoTotal(JsonObject totals) {
        JsonObject a = totals.getJsonObject("actions");
        return "Total "
                + Stream.of(
                                totals.getInt("replies"),
                                a.getInt("sharedMaterials"),
                                a.getInt("submittedReport"),
                                a.getInt("recommendations"),
                                a.getInt("inHouseWorkshop"),
                                a.getInt("manuals"),
                                a.getInt("others"))
                        .map(String::valueOf)
                        .collect(Collectors.joining(" "));
    }

    private static String yesNoTotal(JsonObject totals, String question) {
        JsonObject yesNo = totals.getJsonObject(question);
        return "Total " + yesNo.getInt("yes") + " " + yesNo.getInt("no");
    }

    private static byte[] download(ApiClient api, String path, String type) {
        HttpResponse<byte[]> response = api.getBytes(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains(type);
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("good-practice-report-FY2016-17-edition-");
        return response.body();
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return ApiClient.object(response);
    }

    private static JsonArray list(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response.body()).asJsonArray();
    }
}

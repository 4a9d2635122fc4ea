package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.stack.SurveyStack;

/** ROCB A/P staff upload a round on the import page: problems are listed with where they are, then it imports. */
@ExtendWith(StackExtension.class)
class RoundImportPageIT {

    /**
     * Makes this test's workshop codes and addresses its own, so that the imports create what the test
     * counts also on a database that an earlier run filled ({@code ./mvnw -Prepeat}).
     */
    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    private static final String ROUND = """
            {"fiscalYear": "2021/22",
             "workshops": [{"code": "FY2122-%3$s", "title": "WCO Regional Workshop on AEO", "startDate": "2021-09-06",
               "endDate": "%s", "participants": [{"administration": "%s", "name": "Lena", "email": "lena.%3$s@customs.example"}]}],
             "replies": []}""";

    @Test
    void staffSeeTheProblemsOfABadRoundThenImportTheCorrectedOne(SurveyStack stack) throws IOException {
        Path bad =
                Files.writeString(Files.createTempFile("round-", ".json"), ROUND.formatted("2021-09-10", "XYZ", run));
        Path good =
                Files.writeString(Files.createTempFile("round-", ".json"), ROUND.formatted("2021-09-10", "MNG", run));
        try (Browser browser = new Browser()) {
            browser.open(stack.settings().applicationUrl() + "round/import.xhtml");
            KeycloakLoginPage.expect(browser).signIn(DemoUser.ROCB_STAFF.username, DemoUser.PASSWORD);

            upload(browser, bad);
            assertThat(browser.driver().findElement(By.id("messages")).getText())
                    .contains("Nothing was imported");
            assertThat(browser.driver().findElement(By.id("problems")).getText())
                    .contains("/workshops/0/participants/0/administration")
                    .contains("XYZ is not a WCO Asia/Pacific member");

            upload(browser, good);
            browser.screenshot("round-imported");
            assertThat(browser.driver().findElement(By.id("messages")).getText())
                    .contains("The FY2021/22 round is imported");
            assertThat(browser.driver().findElement(By.id("result")).getText())
                    .contains("Workshops 1 0")
                    .contains("Participants 1 0");
        } finally {
            Files.deleteIfExists(bad);
            Files.deleteIfExists(good);
        }
    }

    @Test
    void staffFillTheSpreadsheetTemplateAndSeeProblemsByRow(SurveyStack stack) throws IOException {
        try (Browser browser = new Browser()) {
            browser.open(stack.settings().applicationUrl() + "round/import.xhtml");
            KeycloakLoginPage.expect(browser).signIn(DemoUser.ROCB_STAFF.username, DemoUser.PASSWORD);
            browser.driver().findElement(By.id("template")).click();
            Path template = browser.downloaded("round-import-template.xlsx");
            Path bad = fill(template, "-3");
            Path good = fill(template, "12");

            upload(browser, bad);
            assertThat(browser.driver().findElement(By.id("problems")).getText())
                    .contains("Replies row 2 (/replies/0/q1/colleaguesShared)")
                    .contains("cannot be negative");

            upload(browser, good);
            assertThat(browser.driver().findElement(By.id("messages")).getText())
                    .as(() -> browser.driver().findElements(By.id("problems")).stream()
                            .map(e -> e.getText())
                            .toList()
                            .toString())
                    .contains("The FY2022/23 round is imported");
            assertThat(browser.driver().findElement(By.id("result")).getText())
                    .contains("Replies 1 0")
                    .contains("In-house workshops 1 0")
                    .contains("Mission reports 1 0");
            Files.deleteIfExists(bad);
            Files.deleteIfExists(good);
        }
    }

    /** The template filled with one workshop, two participants, one reply with its in-house workshop. */
    private Path fill(Path template, String colleaguesShared) throws IOException {
        Path file = Files.createTempFile("round-", ".xlsx");
        // From a stream: a workbook opened from a File is written back to it when closed.
        try (var in = Files.newInputStream(template);
                var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(in);
                var out = Files.newOutputStream(file)) {
            row(
                    workbook,
                    "Workshops",
                    "2022/23",
                    "FY2223-" + run,
                    "WCO Workshop on Coordinated Border Management",
                    "2022-09-05",
                    "2022-09-08",
                    "Manila",
                    "false");
            row(
                    workbook,
                    "Participants",
                    "FY2223-" + run,
                    "PHL",
                    "Jose Cruz",
                    "jose.cruz." + run + "@customs.example",
                    "2022-09-20");
            row(
                    workbook,
                    "Participants",
                    "FY2223-" + run,
                    "VNM",
                    "Lan Pham",
                    "lan.pham." + run + "@customs.example",
                    "");
            row(
                    workbook,
                    "Replies",
                    "FY2223-" + run,
                    "jose.cruz." + run + "@customs.example",
                    "2023-03-10",
                    "yes",
                    colleaguesShared,
                    "yes",
                    "",
                    "yes",
                    "",
                    "",
                    "",
                    "",
                    "Joint inspections",
                    "YES",
                    "Fewer delays",
                    "",
                    "",
                    "",
                    "");
            row(
                    workbook,
                    "InHouseWorkshops",
                    "FY2223-" + run,
                    "jose.cruz." + run + "@customs.example",
                    "2022-11-15",
                    "CBM cascade",
                    "35");
            workbook.write(out);
        }
        return file;
    }

    private static void row(org.apache.poi.ss.usermodel.Workbook workbook, String sheet, String... values) {
        var s = workbook.getSheet(sheet);
        var row = s.createRow(s.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    /**
     * Uploads through the form (a full page request, not Ajax) and waits for the answer's page: first
     * until the button pressed is gone with its page (while the browser swaps the pages, asking about
     * it can fail in other ways than "stale"), then for the new page's button.
     */
    private static void upload(Browser browser, Path file) {
        browser.driver().findElement(By.id("import:document")).sendKeys(file.toString());
        org.openqa.selenium.WebElement pressed = browser.driver().findElement(By.id("import:importButton"));
        pressed.click();
        browser.waiting()
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(pressed));
        browser.waitForAjax();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("import:importButton")));
    }
}

package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.stack.SurveyStack;

/**
 * ROCB A/P staff create a workshop (warned, not refused, when its dates lie outside its fiscal year),
 * then import its participants from a spreadsheet: a file with bad rows is refused whole with each
 * problem named by row, a correct one is imported.
 */
@ExtendWith(StackExtension.class)
class WorkshopManagementIT {

    @Test
    void staffCreateAWorkshopAndImportItsParticipants(SurveyStack stack) throws IOException {
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Path bad = workbook(List.of(
                List.of("FJI", "Ana Tuilau", "ana.tuilau@customs.example"),
                List.of("XXX", "Bob Smith", "bob.smith@customs.example"),
                List.of("WSM", "", "not-an-email"),
                List.of("WSM", "Ana Again", "ANA.tuilau@customs.example")));
        Path good = workbook(List.of(
                List.of("FJI", "Ana Tuilau", "ana.tuilau@customs.example"),
                List.of("wsm", "Sione Taufa", "sione.taufa@customs.example")));

        try (Browser browser = new Browser()) {
            browser.open(stack.settings().applicationUrl() + "workshop/edit.xhtml");
            KeycloakLoginPage.expect(browser).signIn(DemoUser.ROCB_STAFF.username, DemoUser.PASSWORD);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("workshop:save")));

            type(browser, "workshop:code", code);
            type(browser, "workshop:title", "WCO Regional Workshop on Data Analytics");
            type(browser, "workshop:fiscalYear", "2017/18");
            type(browser, "workshop:startDate_input", "2017-04-03");
            type(browser, "workshop:endDate_input", "2017-04-06");
            browser.driver().findElement(By.id("workshop:save")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("import:importButton")));
            assertThat(messages(browser))
                    .contains("Workshop " + code + " is saved")
                    .contains("outside FY2017/18");

            browser.driver().findElement(By.id("import:spreadsheet")).sendKeys(bad.toString());
            browser.driver().findElement(By.id("import:importButton")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("import:importButton")));
            browser.screenshot("participant-import-refused");
            assertThat(messages(browser))
                    .contains("Nothing was imported")
                    .contains("Row 3: XXX is not a WCO Asia/Pacific member administration")
                    .contains("Row 4: Enter the participant's name")
                    .contains("Row 4: 'not-an-email' is not an e-mail address")
                    .contains("Row 5: ana.tuilau@customs.example appears more than once");
            assertThat(participantRows(browser)).isEmpty();

            browser.driver().findElement(By.id("import:spreadsheet")).sendKeys(good.toString());
            browser.driver().findElement(By.id("import:importButton")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("import:importButton")));

            assertThat(messages(browser)).contains("2 participants imported");
            assertThat(participantRows(browser))
                    .containsExactly(
                            "FJI Ana Tuilau ana.tuilau@customs.example", "WSM Sione Taufa sione.taufa@customs.example");
        } finally {
            Files.deleteIfExists(bad);
            Files.deleteIfExists(good);
        }
    }

    @Test
    void aRefusedFormNamesTheFieldOnceAndWritesDatesAsPeopleDo(SurveyStack stack) {
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try (Browser browser = new Browser()) {
            browser.open(stack.settings().applicationUrl() + "workshop/edit.xhtml");
            KeycloakLoginPage.expect(browser).signIn(DemoUser.ROCB_STAFF.username, DemoUser.PASSWORD);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("workshop:save")));

            type(browser, "workshop:code", code);
            type(browser, "workshop:title", "WCO Regional Workshop on Post-Clearance Audit");
            type(browser, "workshop:fiscalYear", "2017/18");
            type(browser, "workshop:startDate_input", "2017-09-06");
            type(browser, "workshop:endDate_input", "2017-09-04");
            browser.driver().findElement(By.id("workshop:save")).click();
            String refusal = "The workshop cannot end (4 Sep 2017) before it starts (6 Sep 2017).";
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), refusal));

            // At the top the message names its field; beside the field it need not.
            assertThat(messages(browser)).contains("Ends on: " + refusal);
            assertThat(messages(browser).split(java.util.regex.Pattern.quote(refusal), -1))
                    .hasSize(2);
            assertThat(browser.driver()
                            .findElement(
                                    By.xpath(
                                            "//*[@id='workshop:endDate']/following-sibling::*[contains(@class,'ui-message-error')]"))
                            .getText())
                    .isEqualTo(refusal);
        }
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(text, Keys.TAB);
    }

    private static String messages(Browser browser) {
        return browser.driver().findElement(By.id("messages")).getText();
    }

    private static List<String> participantRows(Browser browser) {
        return browser
                .driver()
                .findElements(By.cssSelector("[id='participants:list_data'] > tr:not(.ui-datatable-empty-message)"))
                .stream()
                .map(WebElement::getText)
                .map(t -> t.replace('\n', ' '))
                .toList();
    }

    private static Path workbook(List<List<String>> rows) throws IOException {
        Path file = Files.createTempFile("participants-", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Participants");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("administration");
            header.createCell(1).setCellValue("name");
            header.createCell(2).setCellValue("email");
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i + 1);
                for (int j = 0; j < rows.get(i).size(); j++) {
                    row.createCell(j).setCellValue(rows.get(i).get(j));
                }
            }
            workbook.write(out);
        }
        return file;
    }
}

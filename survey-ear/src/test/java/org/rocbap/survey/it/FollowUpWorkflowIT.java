package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.rocbap.survey.it.pages.CompliancePage;
import org.rocbap.survey.it.pages.HomePage;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.it.pages.MissionReportPage;
import org.rocbap.survey.it.pages.ReplyPage;
import org.rocbap.survey.stack.SurveyStack;

/**
 * The focal point's follow-up in the browser: file a participant's mission report with a PDF, reply
 * to the questionnaire (refused until the in-house workshop it mentions is recorded and linked), and
 * the manager then sees the report on time and the reply submitted.
 */
@ExtendWith(StackExtension.class)
class FollowUpWorkflowIT {

    private static final String PARTICIPANT = "Litia Browser";

    @Test
    void focalPointFilesTheReportAndRepliesThenTheManagerSeesItOnTime(SurveyStack stack) throws IOException {
        long participant = new FollowUpFixture(stack).participant("FJI", PARTICIPANT);
        Path pdf = Files.write(Files.createTempFile("mission-report-", ".pdf"), FollowUpFixture.PDF);
        String app = stack.settings().applicationUrl();

        try (Browser browser = new Browser()) {
            onFailure(browser, () -> walkThrough(browser, app, participant, pdf));
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    private static void walkThrough(Browser browser, String app, long participant, Path pdf) {
        browser.open(app);
        KeycloakLoginPage.expect(browser).signIn(DemoUser.FOCAL_POINT_FJI.username, DemoUser.PASSWORD);
        browser.screenshot("focal-point-todo");
        browser.driver()
                .findElement(By.xpath(
                        "//tr[td//span[text()='" + PARTICIPANT + "']]//a[contains(@class,'todo-file-report')]"))
                .click();

        MissionReportPage report =
                MissionReportPage.expect(browser).file("2017-04-15", pdf, "Set up an advance ruling unit");
        browser.screenshot("mission-report-filed");
        assertThat(report.messages()).contains("The mission report of " + PARTICIPANT + " is on file");
        assertThat(report.onFile()).contains(pdf.getFileName().toString()).contains("15 Apr 2017");

        browser.open(app + "questionnaire/reply.xhtml?participant=" + participant);
        ReplyPage reply = ReplyPage.expect(browser)
                .tick("sharedMaterials")
                .type("colleaguesShared", "20")
                .tick("submittedReport")
                .tick("inHouseWorkshop")
                .type("lessonsUsed", "The unit now issues rulings within 60 days")
                .submit();
        assertThat(reply.messages()).contains("record the in-house workshop and link it");
        // Refused, so not submitted (what was typed may already be kept as a draft).
        assertThat(reply.status()).isNotEqualTo("Submitted");

        reply.recordInHouseWorkshop("2017-05-10", "Cascade on advance rulings", "35");
        assertThat(reply.isInHouseWorkshopLinked("Cascade on advance rulings")).isTrue();
        browser.screenshot("reply-before-submit");
        reply.submit();
        assertThat(reply.messages()).contains("The reply of " + PARTICIPANT + " is submitted");
        assertThat(reply.status()).isEqualTo("Submitted");
        new HomePage(browser).signOut();

        KeycloakLoginPage.expect(browser).signIn(DemoUser.MANAGER_FJI.username, DemoUser.PASSWORD);
        CompliancePage compliance = CompliancePage.open(browser, app).showing(PARTICIPANT);
        browser.screenshot("manager-compliance");

        assertThat(compliance.missionReportStatus(PARTICIPANT)).isEqualTo("On time");
        assertThat(compliance.replyStatus(PARTICIPANT)).isEqualTo("Submitted");
        compliance.acknowledge(PARTICIPANT);
        assertThat(CompliancePage.open(browser, app).showing(PARTICIPANT).acknowledged(PARTICIPANT))
                .isEqualTo("Yes");

        browser.driver().findElement(By.id("compliance:rows:export")).click();
        assertThat(spreadsheetText(browser.downloaded("mission-report-compliance.xlsx")))
                .contains(PARTICIPANT)
                .contains("On time")
                .contains(FollowUpFixture.WORKSHOP)
                // The acknowledgement as the page tells it, not the button's Java object.
                .containsPattern("Acknowledged on \\d{4}-\\d{2}-\\d{2} by mgr\\.fji")
                .doesNotContain("CommandButton");
    }

    private static String spreadsheetText(Path xlsx) {
        try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(xlsx.toFile())) {
            var text = new StringBuilder();
            var format = new org.apache.poi.ss.usermodel.DataFormatter();
            workbook.getSheetAt(0)
                    .forEach(row -> row.forEach(
                            cell -> text.append(format.formatCellValue(cell)).append('|')));
            return text.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void onFailure(Browser browser, Runnable steps) {
        try {
            steps.run();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("failure-" + FollowUpWorkflowIT.class.getSimpleName());
            throw e;
        }
    }
}

package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.stack.SurveyStack;

/** ROCB A/P staff upload a round on the import page: problems are listed with where they are, then it imports. */
@ExtendWith(StackExtension.class)
class RoundImportPageIT {

    private static final String ROUND = """
            {"fiscalYear": "2021/22",
             "workshops": [{"code": "FY2122-01", "title": "WCO Regional Workshop on AEO", "startDate": "2021-09-06",
               "endDate": "%s", "participants": [{"administration": "%s", "name": "Lena", "email": "lena@customs.example"}]}],
             "replies": []}""";

    @Test
    void staffSeeTheProblemsOfABadRoundThenImportTheCorrectedOne(SurveyStack stack) throws IOException {
        Path bad = Files.writeString(Files.createTempFile("round-", ".json"), ROUND.formatted("2021-09-10", "XYZ"));
        Path good = Files.writeString(Files.createTempFile("round-", ".json"), ROUND.formatted("2021-09-10", "MNG"));
        try (Browser browser = new Browser()) {
            browser.open(stack.settings().applicationUrl() + "round/import.xhtml");
            KeycloakLoginPage.expect(browser).signIn(DemoUser.ROCB_STAFF.username, DemoUser.PASSWORD);

            upload(browser, bad);
            assertThat(browser.driver().findElement(By.id("messages")).getText()).contains("Nothing was imported");
            assertThat(browser.driver().findElement(By.id("problems")).getText())
                    .contains("/workshops/0/participants/0/administration").contains("XYZ is not a WCO Asia/Pacific member");

            upload(browser, good);
            browser.screenshot("round-imported");
            assertThat(browser.driver().findElement(By.id("messages")).getText()).contains("The FY2021/22 round is imported");
            assertThat(browser.driver().findElement(By.id("result")).getText()).contains("Workshops 1 0").contains("Participants 1 0");
        } finally {
            Files.deleteIfExists(bad);
            Files.deleteIfExists(good);
        }
    }

    private static void upload(Browser browser, Path file) {
        browser.driver().findElement(By.id("import:document")).sendKeys(file.toString());
        browser.driver().findElement(By.id("import:importButton")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("import:importButton")));
    }
}

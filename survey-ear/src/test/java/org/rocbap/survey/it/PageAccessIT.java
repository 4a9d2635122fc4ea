package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.rocbap.survey.it.pages.HomePage;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.stack.SurveyStack;

/**
 * The ROCB A/P dashboard is for the ROCB A/P, the compliance grid for managers too: anyone else gets
 * the access-denied page, not a trace.
 */
@ExtendWith(StackExtension.class)
class PageAccessIT {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void dashboardIsShownOnlyToTheRocb(DemoUser user, SurveyStack stack) {
        HomePage page = open(user, stack, "dashboard/overview.xhtml");

        if (user.seesAllAdministrations()) {
            assertThat(page.title()).isEqualTo("Dashboard");
            assertThat(browser.driver().findElements(By.id("dashboard:fiscalYear")))
                    .hasSize(1);
            assertThat(browser.driver().findElements(By.id("trend"))).hasSize(1);
        } else {
            browser.screenshot("access-denied-" + user.username);
            assertThat(page.title()).isEqualTo("Access denied");
            assertThat(browser.driver().findElement(By.id("error-text")).getText())
                    .contains("Your role");
            assertThat(browser.driver().getPageSource())
                    .doesNotContainPattern("\\w+Exception: ")
                    .doesNotContain(".java:");
        }
    }

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void complianceGridIsForManagersAndTheRocb(DemoUser user, SurveyStack stack) {
        HomePage page = open(user, stack, "compliance/grid.xhtml");

        if (user.roles.contains("focal-point") && !user.roles.contains("manager")) {
            assertThat(page.title()).isEqualTo("Access denied");
            assertThat(browser.driver().findElements(By.id("grid:matrix"))).isEmpty();
        } else {
            assertThat(page.title()).isEqualTo("Compliance per administration and workshop");
        }
    }

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void surveyRoundsAreRunByStaffOnly(DemoUser user, SurveyStack stack) {
        HomePage page = open(user, stack, "round/survey.xhtml");

        if (user.roles.contains("rocb-staff")) {
            assertThat(page.title()).isEqualTo("Survey rounds");
        } else {
            assertThat(page.title()).isEqualTo("Access denied");
            assertThat(browser.driver().findElements(By.id("round:save"))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void theGoodPracticeReportIsForTheRocb(DemoUser user, SurveyStack stack) {
        HomePage page = open(user, stack, "report/publication.xhtml");

        if (user.seesAllAdministrations()) {
            assertThat(page.title()).isEqualTo("Good Practice Report");
            assertThat(browser.driver().findElements(By.id("publication:generate")))
                    .hasSize(1);
        } else {
            assertThat(page.title()).isEqualTo("Access denied");
            assertThat(browser.driver().findElements(By.id("publication:generate")))
                    .isEmpty();
        }
    }

    /** Signs the user in and opens the page, whatever it then shows them. */
    private HomePage open(DemoUser user, SurveyStack stack, String path) {
        String app = stack.settings().applicationUrl();
        browser.open(app);
        KeycloakLoginPage.expect(browser).signIn(user.username, DemoUser.PASSWORD);
        browser.open(app + path);
        return HomePage.expect(browser);
    }
}

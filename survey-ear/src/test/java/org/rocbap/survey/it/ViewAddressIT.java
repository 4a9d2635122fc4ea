package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.rocbap.survey.it.pages.DashboardPage;
import org.rocbap.survey.it.pages.HomePage;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.stack.SeedRound;
import org.rocbap.survey.stack.SurveyStack;

/**
 * The choices that change what a view shows live in its address: a link opens the same view for
 * anyone allowed to see it, the back button steps back through the choices, and someone not allowed
 * gets the usual refusal without a figure.
 */
@ExtendWith(StackExtension.class)
class ViewAddressIT {

    private SurveyStack stack;

    @BeforeEach
    void seed(SurveyStack stack) {
        this.stack = stack;
        assertThat(ApiClient.as(stack, DemoUser.ROCB_STAFF)
                        .post("rounds/import", SeedRound.document().toString())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void theDashboardsYearIsInTheAddressAndTheBackButtonStepsBack() {
        // A second year to choose, whatever other tests left.
        assertThat(ApiClient.as(stack, DemoUser.ROCB_STAFF)
                        .post("workshops", """
                                {"code": "IT-VIEW-%s", "title": "Workshop on valuation", "fiscalYear": "2012/13",
                                 "startDate": "2012-10-01", "endDate": "2012-10-05", "venue": "Suva", "accreditation": false}""".formatted(java.util
                                .UUID
                                .randomUUID()
                                .toString()
                                .substring(0, 6)
                                .toUpperCase()))
                        .statusCode())
                .isEqualTo(201);
        try (Browser browser = signedIn(DemoUser.ROCB_HEAD, "dashboard/overview.xhtml?fy=2016-17")) {
            browser.waiting().until(d -> !d.findElements(By.id("trend")).isEmpty());
            DashboardPage dashboard = DashboardPage.expect(browser);
            assertThat(dashboard.totals("table1")).containsExactly("Total", "261", "148", "57%");

            dashboard.choose("2012/13");
            browser.waiting().until(d -> d.getCurrentUrl().endsWith("fy=2012-13"));
            assertThat(dashboard.totals("table1")).doesNotContain("261");

            browser.driver().navigate().back();
            browser.waiting()
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.getCurrentUrl().endsWith("fy=2016-17")
                            && DashboardPage.expect(browser).totals("table1").contains("261"));
        }
        try (Browser browser = signedIn(DemoUser.ROCB_STAFF, "dashboard/overview.xhtml?fy=2016/17")) {
            assertThat(DashboardPage.expect(browser).totals("table1"))
                    .as("the same view for anyone allowed to see it")
                    .containsExactly("Total", "261", "148", "57%");
        }
        try (Browser browser = signedIn(DemoUser.FOCAL_POINT_FJI, "dashboard/overview.xhtml?fy=2016-17")) {
            assertThat(HomePage.expect(browser).title()).isEqualTo("Access denied");
            assertThat(browser.driver().getPageSource()).doesNotContain("261");
        }
    }

    @Test
    void theComplianceGridsYearSearchAndFilterAreInTheAddress() {
        try (Browser browser =
                signedIn(DemoUser.ROCB_STAFF, "compliance/grid.xhtml?fy=2016-17&q=fiji&attention=WITHOUT_REPLY")) {
            browser.waiting().until(d -> !d.findElements(By.id("grid:search")).isEmpty());
            assertThat(browser.driver().findElement(By.id("grid:search")).getDomProperty("value"))
                    .isEqualTo("fiji");
            assertThat(browser.driver()
                            .findElement(By.id("grid:attention_label"))
                            .getText())
                    .isNotEqualTo(browser.driver()
                            .findElement(By.cssSelector("#grid\\:attention_input option"))
                            .getDomProperty("text"));
            assertThat(browser.driver()
                            .findElement(By.id("grid:fiscalYear_label"))
                            .getText())
                    .isEqualTo("FY2016/17");

            browser.driver().findElement(By.id("grid:search")).sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE);
            browser.waiting()
                    .until(d -> d.getCurrentUrl().contains("q=fi&")
                            || d.getCurrentUrl().endsWith("q=fi"));
            assertThat(browser.driver().getCurrentUrl()).contains("fy=2016-17").contains("attention=WITHOUT_REPLY");
        }
    }

    @Test
    void theProjectBoardsFiltersAndSortAreInTheAddress() {
        String title = "Completed in the address "
                + java.util.UUID.randomUUID().toString().substring(0, 8);
        assertThat(ApiClient.as(stack, DemoUser.ROCB_STAFF)
                        .post("projects", """
                                {"administration": "FJI", "title": "%s", "status": "COMPLETED"}""".formatted(title))
                        .statusCode())
                .isEqualTo(201);
        try (Browser browser =
                signedIn(DemoUser.ROCB_STAFF, "project/board.xhtml?status=COMPLETED&sort=title&order=desc")) {
            browser.waiting()
                    .until(d -> !d.findElements(By.id("board:projects")).isEmpty());
            assertThat(
                            browser
                                    .driver()
                                    .findElements(By.cssSelector("#board\\:projects_data tr td:nth-child(5)"))
                                    .stream()
                                    .map(e -> e.getText().replace("Status", "").strip())
                                    .distinct())
                    .containsExactly("Completed");
            assertThat(browser.driver()
                            .findElement(By.cssSelector("th[id='board:projects:title']"))
                            .getDomAttribute("aria-sort"))
                    .isEqualTo("descending");

            browser.driver()
                    .findElement(By.cssSelector("th[id='board:projects:administration'] .ui-column-title"))
                    .click();
            browser.waiting()
                    .until(d -> d.getCurrentUrl().contains("sort=administration")
                            && d.getCurrentUrl().contains("status=COMPLETED"));
            browser.driver().navigate().back();
            browser.waiting()
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> "descending"
                            .equals(d.findElement(By.cssSelector("th[id='board:projects:title']"))
                                    .getDomAttribute("aria-sort")));
        }
    }

    private Browser signedIn(DemoUser user, String page) {
        Browser browser = new Browser();
        String app = stack.settings().applicationUrl();
        browser.open(app);
        KeycloakLoginPage.expect(browser).signIn(user.username, DemoUser.PASSWORD);
        browser.open(app + page);
        return browser;
    }
}

package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.stack.SurveyStack;

/** The first start loads the 33 member administrations and the 13 workshops of FY2016/17. */
@ExtendWith(StackExtension.class)
class ReferenceDataIT {

    @Test
    void theDatabaseHoldsTheReferenceData(SurveyStack stack) throws SQLException {
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(), "survey", "survey")) {
            assertThat(count(c, "SELECT count(*) FROM administration")).isEqualTo(33);
            assertThat(count(c, "SELECT count(*) FROM workshop WHERE fiscal_year = '2016/17'"))
                    .isEqualTo(13);
            assertThat(count(c, "SELECT count(*) FROM administration WHERE code IN ('FJI', 'WSM', 'VNM', 'TLS')"))
                    .isEqualTo(4);
        }
    }

    @Test
    void theWorkshopPageListsThemAndFlagsTheReportsDateTypo(SurveyStack stack) {
        try (Browser browser = new Browser()) {
            browser.open(stack.settings().applicationUrl() + "workshop/list.xhtml");
            KeycloakLoginPage.expect(browser).signIn(DemoUser.ROCB_STAFF.username, DemoUser.PASSWORD);
            // Other tests may add workshops of other years; the reference data is FY2016/17's.
            browser.choose(browser.driver().findElement(By.id("workshops-form:fiscalYear")), "FY2016/17");
            browser.waiting()
                    .ignoring(StaleElementReferenceException.class)
                    .until(
                            d -> d
                                    .findElements(
                                            By.cssSelector("#workshops-form\\:workshops_data > tr > td:nth-child(3)"))
                                    .stream()
                                    .allMatch(year -> year.getText().endsWith("2016/17")));
            browser.screenshot("workshops");

            List<WebElement> rows =
                    browser.driver().findElements(By.cssSelector("#workshops-form\\:workshops_data > tr")).stream()
                            .filter(row -> row.findElement(By.cssSelector("td"))
                                    .getText()
                                    .startsWith("FY1617-"))
                            .toList();
            List<String> flagged = rows.stream()
                    .filter(row -> !row.findElements(By.className("fy-warning")).isEmpty())
                    .map(row -> row.findElement(By.cssSelector("td")).getText())
                    .toList();

            assertThat(rows).hasSize(13);
            // Printed as Apr-Jun 2016 in the report although they belong to FY2016/17.
            assertThat(flagged).containsExactly("FY1617-10", "FY1617-11", "FY1617-12", "FY1617-13");
        }
    }

    @Test
    void theAdministrationPageListsAllMembers(SurveyStack stack) {
        try (Browser browser = new Browser()) {
            browser.open(stack.settings().applicationUrl() + "administration/list.xhtml");
            KeycloakLoginPage.expect(browser).signIn(DemoUser.FOCAL_POINT_WSM.username, DemoUser.PASSWORD);

            List<WebElement> rows =
                    browser.driver().findElements(By.cssSelector("#administrations-form\\:administrations_data > tr"));

            assertThat(rows).hasSize(33);
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }
}

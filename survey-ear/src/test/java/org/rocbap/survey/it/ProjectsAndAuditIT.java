package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rocbap.survey.it.pages.HomePage;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.stack.SurveyStack;

/**
 * A focal point records a modernization project on its page and opens it again from the table; ROCB
 * A/P staff see the change in the audit trail.
 */
@ExtendWith(StackExtension.class)
class ProjectsAndAuditIT {

    @Test
    void aProjectRecordedByAFocalPointShowsInTheAuditTrail(SurveyStack stack) {
        String title = "Single window phase " + UUID.randomUUID().toString().substring(0, 4);
        String app = stack.settings().applicationUrl();

        try (Browser browser = new Browser()) {
            browser.open(app + "project/list.xhtml");
            KeycloakLoginPage.expect(browser).signIn(DemoUser.FOCAL_POINT_WSM.username, DemoUser.PASSWORD);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("project:save")));
            browser.driver().findElement(By.id("project:title")).sendKeys(title);
            browser.driver().findElement(By.id("project:save")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("projects:list"), title));
            browser.screenshot("projects");
            assertThat(browser.driver().findElement(By.id("messages")).getText())
                    .contains("is saved");

            // "Change" in the table takes the user to the form below it, filled with the project.
            browser.driver()
                    .findElement(By.cssSelector("[aria-label='Change: " + title + "']"))
                    .click();
            browser.waiting()
                    .until(d ->
                            "project:title".equals(d.switchTo().activeElement().getAttribute("id")));
            WebElement field = browser.driver().findElement(By.id("project:title"));
            assertThat(field.getAttribute("value")).isEqualTo(title);
            assertThat((Boolean) ((JavascriptExecutor) browser.driver())
                            .executeScript(
                                    "var r = arguments[0].getBoundingClientRect();"
                                            + " return r.top >= 0 && r.bottom <= window.innerHeight;",
                                    field))
                    .as("the form's first field is in view")
                    .isTrue();
            new HomePage(browser).signOut();

            KeycloakLoginPage.expect(browser).signIn(DemoUser.ROCB_STAFF.username, DemoUser.PASSWORD);
            browser.open(app + "audit/trail.xhtml");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("audit:entries")));
            browser.screenshot("audit-trail");

            assertThat(browser.driver().findElement(By.id("audit:entries_data")).getText())
                    .contains("fp.wsm")
                    .contains("ModernizationProject")
                    .contains("title: " + title);
        }
    }
}

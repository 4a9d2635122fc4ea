package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rocbap.survey.it.pages.HomePage;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.stack.SurveyStack;

/** A focal point records a modernization project on its page; ROCB A/P staff see the change in the audit trail. */
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

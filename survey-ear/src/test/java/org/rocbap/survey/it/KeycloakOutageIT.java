package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rocbap.survey.it.pages.HomePage;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.stack.SurveyStack;

/**
 * Keycloak stopped under the running system: users already signed in keep working, in the pages and
 * through the API, until their tokens expire; readiness names the identity provider; a new sign-in
 * lands on a page of the application that says so; once Keycloak is back, that page's "Try again"
 * signs in, to the page first asked for, without restarting WildFly.
 */
@ExtendWith(StackExtension.class)
class KeycloakOutageIT {

    @Test
    void signedInUsersKeepWorkingWhileKeycloakIsDownAndSignInsResumeWhenItIsBack(SurveyStack stack) throws Exception {
        String app = stack.settings().applicationUrl();
        ApiClient staff = ApiClient.as(stack, DemoUser.ROCB_STAFF);
        // The application fetches Keycloak's signing keys at the first token it checks.
        assertThat(staff.get("workshops").statusCode()).isEqualTo(200);
        String code = "IT-KC-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

        try (Browser browser = new Browser();
                Browser newcomer = new Browser()) {
            browser.open(app);
            KeycloakLoginPage.expect(browser).signIn(DemoUser.MANAGER_FJI.username, DemoUser.PASSWORD);

            stack.stopKeycloak();
            try {
                HealthChecks.Readiness readiness = HealthChecks.ready(stack);
                assertThat(readiness.status()).isEqualTo(503);
                assertThat(readiness.checks())
                        .containsEntry("identity-provider", "DOWN")
                        .containsEntry("database", "UP");

                browser.open(app + "compliance/overview.xhtml");
                HomePage page = HomePage.expect(browser);
                assertThat(page.userName()).isEqualTo(DemoUser.MANAGER_FJI.fullName);
                assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                        .isNotBlank();

                assertThat(staff.get("workshops").statusCode()).isEqualTo(200);
                newcomer.open(app + "project/list.xhtml");
                assertThat(newcomer.waiting()
                                .until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-unavailable-text")))
                                .getText())
                        .contains("does not answer");
                assertThat(newcomer.driver().getCurrentUrl()).startsWith(app);
                HttpResponse<String> created = staff.post("workshops", """
                        {"code": "%s", "title": "Workshop while Keycloak is down", "fiscalYear": "2031/32",
                         "startDate": "2031-10-01", "endDate": "2031-10-03", "venue": "Suva", "accreditation": false}""".formatted(code));
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            } finally {
                stack.restartKeycloak();
            }

            assertThat(HealthChecks.awaitReady(stack))
                    .as("ready again without restarting WildFly")
                    .isEqualTo(
                            new HealthChecks.Readiness(200, "UP", Map.of("database", "UP", "identity-provider", "UP")));
            // The page's "Try again" leads to the sign-in, and from there to the page first asked for.
            newcomer.driver().findElement(By.id("retry")).click();
            HomePage page =
                    KeycloakLoginPage.expect(newcomer).signIn(DemoUser.FOCAL_POINT_FJI.username, DemoUser.PASSWORD);
            assertThat(page.userName()).isEqualTo(DemoUser.FOCAL_POINT_FJI.fullName);
            assertThat(newcomer.driver().getCurrentUrl()).contains("project/list.xhtml");
        }
        assertThat(staff.get("workshops/" + code).statusCode()).isEqualTo(200);
    }
}

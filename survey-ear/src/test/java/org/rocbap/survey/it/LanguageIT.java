package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.rocbap.survey.it.pages.DashboardPage;
import org.rocbap.survey.it.pages.HomePage;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.stack.SeedRound;
import org.rocbap.survey.stack.SurveyStack;

/**
 * The WCO works in English and French: a French browser gets Keycloak's login, the questionnaire and
 * the dashboard in French, numbers in the French way; the switch on every page changes the language
 * and the choice follows the user to their next session.
 */
@ExtendWith(StackExtension.class)
class LanguageIT {

    @Test
    void aFrenchBrowserReadsTheQuestionnaireAndTheDashboardInFrench(SurveyStack stack) {
        assertThat(ApiClient.as(stack, DemoUser.ROCB_STAFF)
                        .post("rounds/import", SeedRound.document().toString())
                        .statusCode())
                .isEqualTo(200);
        long participant = new FollowUpFixture(stack).participant("FJI", "Ana Français");
        String app = stack.settings().applicationUrl();

        try (Browser browser = new Browser("fr")) {
            browser.open(app);
            KeycloakLoginPage.expect(browser);
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("fr");
            KeycloakLoginPage.expect(browser).signIn(DemoUser.FOCAL_POINT_FJI.username, DemoUser.PASSWORD);
            assertThat(HomePage.expect(browser).title()).isEqualTo("Accueil");

            browser.open(app + "questionnaire/reply.xhtml?participant=" + participant);
            browser.waiting().until(d -> !d.findElements(By.id("reply:submit")).isEmpty());
            browser.screenshot("questionnaire-fr");
            assertThat(browser.driver().findElement(By.id("reply")).getText())
                    .contains("Q1. Quelles actions de suivi ont été menées après l’atelier ?")
                    .contains("Q5. Un nouveau projet de modernisation a-t-il été lancé à la suite de l’atelier ?");
            assertThat(browser.driver().findElement(By.id("reply:submit")).getText())
                    .isEqualTo("Soumettre la réponse");
        }

        try (Browser browser = new Browser("fr")) {
            browser.open(app);
            KeycloakLoginPage.expect(browser).signIn(DemoUser.ROCB_HEAD.username, DemoUser.PASSWORD);
            DashboardPage.open(browser, app).choose("2016/17");
            browser.screenshot("dashboard-fr");
            assertThat(browser.driver().findElement(By.id("table1-heading")).getText())
                    .isEqualTo("Tableau 1 : réponses par atelier");
            // 148 of 261 administrations, as a French reader writes a percentage.
            assertThat(browser.driver()
                            .findElement(By.cssSelector("[id$='reply-rate']"))
                            .getText()
                            .replace('\u202f', ' ')
                            .replace('\u00a0', ' '))
                    .isEqualTo("57 %");
        }
    }

    @Test
    void theSwitchChangesTheLanguageAndTheChoiceIsRemembered(SurveyStack stack) {
        String app = stack.settings().applicationUrl();
        DemoUser user = DemoUser.MANAGER_WSM;
        try {
            try (Browser browser = new Browser("en")) {
                browser.open(app);
                KeycloakLoginPage.expect(browser).signIn(user.username, DemoUser.PASSWORD);
                assertThat(HomePage.expect(browser).title()).isEqualTo("Home");
                browser.driver().findElement(By.id("language-switch")).click();
                assertThat(HomePage.expect(browser).title()).isEqualTo("Accueil");
                assertThat(browser.driver()
                                .findElement(By.id("language-switch"))
                                .getText())
                        .isEqualTo("English");
            }
            // A new session, an English browser: the user's choice wins.
            try (Browser browser = new Browser("en")) {
                browser.open(app);
                KeycloakLoginPage.expect(browser).signIn(user.username, DemoUser.PASSWORD);
                assertThat(HomePage.expect(browser).title()).isEqualTo("Accueil");
            }
        } finally {
            try (Browser browser = new Browser("en")) {
                browser.open(app);
                KeycloakLoginPage.expect(browser).signIn(user.username, DemoUser.PASSWORD);
                browser.open(app + "index.xhtml?lang=en");
                assertThat(HomePage.expect(browser).title()).isEqualTo("Home");
            }
        }
    }
}

package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rocbap.survey.it.pages.HomePage;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.stack.SurveyStack;

/** Each demo user signs in through Keycloak's page and lands on a home page that knows who they are. */
@ExtendWith(StackExtension.class)
class SignInIT {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aSignInLeadsOnToThePageAskedFor(SurveyStack stack) {
        String app = stack.settings().applicationUrl();
        browser.open(app + "project/list.xhtml?from=mail");

        KeycloakLoginPage.expect(browser).signIn(DemoUser.FOCAL_POINT_WSM.username, DemoUser.PASSWORD);

        assertThat(browser.driver().getCurrentUrl()).isEqualTo(app + "project/list.xhtml?from=mail");
    }

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void landsOnAHomePageThatNamesTheUserAndTheirAdministration(DemoUser user, SurveyStack stack) {
        browser.open(stack.settings().applicationUrl());

        HomePage home = KeycloakLoginPage.expect(browser).signIn(user.username, DemoUser.PASSWORD);
        browser.screenshot("home-" + user.username);

        assertThat(home.userName()).isEqualTo(user.fullName);
        assertThat(home.welcome()).contains(user.fullName);
        if (user.administration != null) {
            assertThat(home.administration()).isEqualTo(user.administration + " - " + user.administrationName);
        } else {
            assertThat(home.administration()).isEqualTo("ROCB A/P");
        }
        assertThat(home.hasMenuItem("menu-dashboard")).isEqualTo(user.seesAllAdministrations());
        assertThat(home.hasMenuItem("menu-compliance"))
                .isEqualTo(user.seesAllAdministrations() || user.roles.contains("manager"));
    }
}

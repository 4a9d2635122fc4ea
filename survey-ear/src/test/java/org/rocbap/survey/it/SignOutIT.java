package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.stack.SurveyStack;

/** Signing out ends the application session and the Keycloak session alike. */
@ExtendWith(StackExtension.class)
class SignOutIT {

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
    void signingOutAsksForThePasswordAgain(SurveyStack stack) {
        String app = stack.settings().applicationUrl();
        browser.open(app);
        KeycloakLoginPage.expect(browser)
                .signIn(DemoUser.FOCAL_POINT_FJI.username, DemoUser.PASSWORD)
                .signOut();

        // Were only the application session gone, Keycloak would sign the user straight back in.
        browser.open(app);

        KeycloakLoginPage.expect(browser);
        assertThat(browser.driver().getCurrentUrl()).startsWith(stack.realmUrl());
    }
}

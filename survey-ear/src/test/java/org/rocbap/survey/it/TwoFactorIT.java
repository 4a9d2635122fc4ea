package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rocbap.survey.it.pages.HomePage;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.stack.SurveyStack;

/**
 * One-time passwords for ROCB staff and head, through the realm's browser flow: the demo overlay keeps
 * the requirement for {@code rocb.staff.2fa} only (the other demo staff sign in with a password), so
 * this user goes through what every staff member and head goes through in production.
 */
@ExtendWith(StackExtension.class)
class TwoFactorIT {

    private static final String USER = "rocb.staff.2fa";

    @Test
    void staffSetUpAOneTimePasswordAtTheFirstSignInAndGiveItAtEverySignInAfter(SurveyStack stack)
            throws InterruptedException {
        try (Browser browser = new Browser()) {
            String app = stack.settings().applicationUrl();
            browser.open(app);
            KeycloakLoginPage.expect(browser).enter(USER, DemoUser.PASSWORD);

            // The password alone does not let a staff member in: without a one-time password set up, Keycloak
            // asks for one to be set up before anything else.
            WebElement secretField =
                    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("totpSecret")));
            assertThat(HomePage.isShown(browser)).isFalse();
            OneTimePassword authenticator = new OneTimePassword(secretField.getDomProperty("value"));
            long setUpStep = OneTimePassword.step(Instant.now());
            browser.driver().findElement(By.id("totp")).sendKeys(authenticator.codeAt(setUpStep));
            browser.driver().findElement(By.id("userLabel")).sendKeys("phone");
            browser.driver().findElement(By.id("saveTOTPBtn")).click();
            HomePage home = HomePage.expect(browser);
            assertThat(home.userName()).isEqualTo("Noa Kealoha");

            home.signOut().enter(USER, DemoUser.PASSWORD);
            WebElement code = expectCodeForm(browser);
            code.sendKeys(wrongCode(authenticator));
            browser.driver().findElement(By.id("kc-login")).click();
            // The form is posted and comes back: wait for the one sent to go, or its field is found again
            // just before the page is replaced (a stale element, now and then).
            browser.waiting().until(ExpectedConditions.stalenessOf(code));
            code = expectCodeForm(browser);
            assertThat(code.getDomAttribute("aria-invalid"))
                    .as("a wrong code is refused")
                    .isEqualTo("true");
            assertThat(HomePage.isShown(browser)).isFalse();

            // A code counts once: the one that set the password up is refused, the next one lets the user in.
            while (OneTimePassword.step(Instant.now()) == setUpStep) {
                Thread.sleep(500);
            }
            code.sendKeys(authenticator.codeAt(OneTimePassword.step(Instant.now())));
            browser.driver().findElement(By.id("kc-login")).click();
            assertThat(HomePage.expect(browser).userName()).isEqualTo("Noa Kealoha");
        }
    }

    private static WebElement expectCodeForm(Browser browser) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("otp")));
    }

    /** A code that matches none of the steps the realm accepts (the current one and one either side). */
    private static String wrongCode(OneTimePassword authenticator) {
        long now = OneTimePassword.step(Instant.now());
        Set<String> accepted = LongStream.rangeClosed(now - 1, now + 2)
                .mapToObj(authenticator::codeAt)
                .collect(Collectors.toSet());
        return IntStream.range(0, 5)
                .mapToObj(i -> String.format("%06d", i))
                .filter(c -> !accepted.contains(c))
                .findFirst()
                .orElseThrow();
    }
}

package org.rocbap.survey.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rocbap.survey.it.Browser;

/** Keycloak's sign-in form for the {@code rocb} realm. */
public class KeycloakLoginPage {

    private final Browser browser;

    @FindBy(id = "username")
    private WebElement username;

    @FindBy(id = "password")
    private WebElement password;

    @FindBy(id = "kc-login")
    private WebElement signIn;

    private KeycloakLoginPage(Browser browser) {
        this.browser = browser;
        PageFactory.initElements(browser.driver(), this);
    }

    /** Waits for the form, as reached by a redirect from the application. */
    public static KeycloakLoginPage expect(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-login")));
        return new KeycloakLoginPage(browser);
    }

    public static boolean isShown(Browser browser) {
        return !browser.driver().findElements(By.id("kc-login")).isEmpty();
    }

    public HomePage signIn(String user, String secret) {
        enter(user, secret);
        return HomePage.expect(browser);
    }

    /** Sends the form, for a user whom Keycloak asks for more than the password. */
    public void enter(String user, String secret) {
        username.clear();
        username.sendKeys(user);
        password.sendKeys(secret);
        signIn.click();
    }
}

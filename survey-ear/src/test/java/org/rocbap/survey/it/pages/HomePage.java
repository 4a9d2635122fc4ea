package org.rocbap.survey.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rocbap.survey.it.Browser;

/** Any page of the application: the layout's header and menu, and the home page's welcome. */
public class HomePage {

    private final Browser browser;

    @FindBy(id = "user-name")
    private WebElement userName;

    @FindBy(id = "user-administration")
    private WebElement administration;

    @FindBy(id = "user-roles")
    private WebElement roles;

    @FindBy(id = "page-title")
    private WebElement title;

    @FindBy(id = "logout")
    private WebElement logout;

    public HomePage(Browser browser) {
        this.browser = browser;
        PageFactory.initElements(browser.driver(), this);
    }

    public static HomePage expect(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")));
        return new HomePage(browser);
    }

    public static boolean isShown(Browser browser) {
        return !browser.driver().findElements(By.id("user-name")).isEmpty();
    }

    public String userName() {
        return userName.getText();
    }

    public String administration() {
        return administration.getText();
    }

    public String roles() {
        return roles.getText();
    }

    public String title() {
        return title.getText();
    }

    public String welcome() {
        return browser.driver().findElement(By.id("welcome")).getText();
    }

    public boolean hasMenuItem(String id) {
        return !browser.driver().findElements(By.id(id)).isEmpty();
    }

    public KeycloakLoginPage signOut() {
        logout.click();
        return KeycloakLoginPage.expect(browser);
    }
}

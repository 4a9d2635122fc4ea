package org.rocbap.survey.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rocbap.survey.it.Browser;

/** {@code questionnaire/reply.xhtml}, with its "record an in-house workshop" dialog. */
public class ReplyPage {

    private final Browser browser;

    private ReplyPage(Browser browser) {
        this.browser = browser;
    }

    public static ReplyPage expect(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reply:submit")));
        return new ReplyPage(browser);
    }

    /** Ticks a Q1 checkbox by clicking its label, as a user would. */
    public ReplyPage tick(String field) {
        browser.driver()
                .findElement(By.cssSelector("[id='reply:" + field + "'] .ui-chkbox-box"))
                .click();
        browser.waitForAjax();
        return this;
    }

    public ReplyPage type(String field, String text) {
        WebElement input = browser.driver().findElement(By.id("reply:" + field));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    public ReplyPage submit() {
        browser.driver().findElement(By.id("reply:submit")).click();
        browser.waitForAjax();
        return this;
    }

    public String messages() {
        return browser.driver().findElement(By.id("messages")).getText();
    }

    public String status() {
        return browser.driver().findElement(By.id("reply-status")).getText();
    }

    /**
     * Opens the "record an in-house workshop" dialog (offered once Q1's in-house box is ticked), fills it
     * in and records the workshop.
     */
    public ReplyPage recordInHouseWorkshop(String date, String title, String attendees) {
        browser.driver().findElement(By.id("reply:openInHouse")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("inhouse:title")));
        browser.driver().findElement(By.id("inhouse:date_input")).sendKeys(date, Keys.TAB);
        browser.driver().findElement(By.id("inhouse:title")).sendKeys(title);
        browser.driver().findElement(By.id("inhouse:attendees")).sendKeys(attendees);
        browser.driver().findElement(By.id("inhouse:recordInHouse")).click();
        browser.waitForAjax();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("inHouseDialog")));
        return this;
    }

    /** Whether the in-house workshop of that title is offered and ticked. */
    public boolean isInHouseWorkshopLinked(String title) {
        for (WebElement box :
                browser.driver().findElements(By.cssSelector("[id='reply:inHouseWorkshops'] input[type='checkbox']"))) {
            String label = browser.driver()
                    .findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']"))
                    .getText();
            if (label.contains(title)) {
                return box.isSelected();
            }
        }
        return false;
    }
}

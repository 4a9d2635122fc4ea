package org.rocbap.survey.it.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rocbap.survey.it.Browser;

/** {@code answer/questionnaire.xhtml}, the page a personal link opens (plain HTML, answer.js). */
public class LinkedQuestionnairePage {

    private final Browser browser;

    private LinkedQuestionnairePage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the link and waits until its questionnaire can be typed into. */
    public static LinkedQuestionnairePage open(Browser browser, String link) {
        browser.open(link);
        return expect(browser);
    }

    public static LinkedQuestionnairePage expect(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("lessonsUsed")));
        return new LinkedQuestionnairePage(browser);
    }

    public LinkedQuestionnairePage type(String field, String text) {
        WebElement input = browser.driver().findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Ticks or unticks a Q1 box, or picks a Q3-Q5 answer ({@code directEffects-yes}), by its label. */
    public LinkedQuestionnairePage click(String id) {
        browser.driver().findElement(By.cssSelector("label[for='" + id + "']")).click();
        return this;
    }

    public LinkedQuestionnairePage submit() {
        browser.driver().findElement(By.id("submit")).click();
        return this;
    }

    public LinkedQuestionnairePage saveDraft() {
        browser.driver().findElement(By.id("saveDraft")).click();
        return this;
    }

    /** The status line: where the answers are. */
    public String where() {
        return browser.driver().findElement(By.id("where")).getText();
    }

    /** Waits until the status line says {@code words}, for as long as a retry after a pause may take. */
    public LinkedQuestionnairePage awaitWhere(String words) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
                .until(d -> d.findElement(By.id("where")).getText().contains(words));
        return this;
    }

    public String value(String field) {
        return browser.driver().findElement(By.id(field)).getDomProperty("value");
    }

    public String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }
}

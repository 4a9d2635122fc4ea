package org.rocbap.survey.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rocbap.survey.it.Browser;

/** {@code compliance/overview.xhtml}. */
public class CompliancePage {

    private final Browser browser;

    private CompliancePage(Browser browser) {
        this.browser = browser;
    }

    public static CompliancePage open(Browser browser, String applicationUrl) {
        browser.open(applicationUrl + "compliance/overview.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("compliance:rows")));
        return new CompliancePage(browser);
    }

    /**
     * Narrows the table to {@code participant} through its column filter, as a manager with many rows
     * does: the table shows 25 rows a page, and other tests' participants may come first.
     */
    public CompliancePage showing(String participant) {
        WebElement filter = browser.driver()
                .findElement(By.xpath("//thead[@id='compliance:rows_head']//th[.//span[normalize-space(.)="
                        + "'Participant']]//input"));
        filter.clear();
        filter.sendKeys(participant);
        browser.waiting()
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElements(
                                By.xpath("//tbody[@id='compliance:rows_data']/tr[td[text()[normalize-space(.)='"
                                        + participant + "']]]"))
                        .isEmpty());
        return this;
    }

    private WebElement row(String participant) {
        return browser.driver()
                .findElement(By.xpath("//tbody[@id='compliance:rows_data']/tr[td[text()[normalize-space(.)='"
                        + participant + "']]]"));
    }

    public String missionReportStatus(String participant) {
        return row(participant).findElement(By.cssSelector(".status")).getText();
    }

    public String replyStatus(String participant) {
        return row(participant).findElement(By.cssSelector(".reply-status")).getText();
    }

    public void acknowledge(String participant) {
        row(participant).findElement(By.cssSelector(".acknowledge")).click();
        browser.waitForAjax();
    }

    public String acknowledged(String participant) {
        return row(participant)
                .findElement(By.cssSelector("td.col-acknowledged"))
                .getText();
    }
}

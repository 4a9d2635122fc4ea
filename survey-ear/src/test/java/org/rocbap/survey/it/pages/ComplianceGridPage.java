package org.rocbap.survey.it.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rocbap.survey.it.Browser;

/** compliance/grid.xhtml: administrations down, the year's workshops across. */
public final class ComplianceGridPage {

    private static final int FIXED_COLUMNS = 4;

    private final Browser browser;

    private ComplianceGridPage(Browser browser) {
        this.browser = browser;
    }

    public static ComplianceGridPage open(Browser browser, String app, String fiscalYear) {
        browser.open(app + "compliance/grid.xhtml?fy=" + fiscalYear);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("grid:matrix")));
        browser.waitForAjax();
        return new ComplianceGridPage(browser);
    }

    /** The administrations' codes, top to bottom. */
    public List<String> administrations() {
        return rows().stream()
                .map(row ->
                        row.findElement(By.cssSelector("td .code")).getText().replaceAll("[()]", ""))
                .toList();
    }

    /** The workshops' codes, left to right. */
    public List<String> workshops() {
        return browser.driver().findElements(By.cssSelector("#grid\\:matrix thead abbr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public String count() {
        return browser.driver().findElement(By.id("grid:count")).getText();
    }

    /** A cell's text for screen readers; empty when the administration has nothing at that workshop. */
    public String cellLabel(String administration, String workshop) {
        List<WebElement> links = cell(administration, workshop).findElements(By.cssSelector("a.grid-cell"));
        return links.isEmpty() ? "" : links.get(0).getAccessibleName();
    }

    /** The reply rate and on-time rate shown for an administration. */
    public List<String> rates(String administration) {
        WebElement row = row(administration);
        return List.of(
                row.findElement(By.cssSelector("td.grid-reply-rate")).getText().strip(),
                row.findElement(By.cssSelector("td.grid-on-time-rate"))
                        .getText()
                        .strip());
    }

    /** Opens a cell and returns the participants' names listed in its dialog. */
    public List<String> open(String administration, String workshop) {
        cell(administration, workshop)
                .findElement(By.cssSelector("a.grid-cell"))
                .click();
        browser.waitForAjax();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("cell-dialog")));
        return browser.driver().findElements(By.cssSelector("#cell-participants_data tr")).stream()
                .map(tr -> tr.findElement(By.tagName("td"))
                        .getText()
                        .lines()
                        .reduce((a, b) -> b)
                        .orElse(""))
                .toList();
    }

    /** The in-house workshops' titles listed in the open dialog. */
    public List<String> inHouseTitles() {
        return browser.driver().findElements(By.cssSelector("#cell-in-house_data tr")).stream()
                .filter(tr -> tr.findElements(By.tagName("td")).size() > 1)
                .map(tr -> tr.findElements(By.tagName("td"))
                        .get(1)
                        .getText()
                        .lines()
                        .reduce((a, b) -> b)
                        .orElse(""))
                .toList();
    }

    public void closeDialog() {
        browser.driver()
                .findElement(By.cssSelector("#cell-dialog .ui-dialog-titlebar-close"))
                .click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("cell-dialog")));
    }

    /**
     * Types into the administration filter and waits for the grid to narrow (the count changes). The
     * field asks the server 300 ms after the last key; on a busy machine that request can be lost, so
     * while the count stays as it was, the field is checked and a key that changes nothing is pressed
     * again to ask anew.
     */
    public void search(String text) {
        String before = count();
        By search = By.id("grid:search");
        long[] lastKey = {0};
        browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            if (!count().equals(before)) {
                return true;
            }
            WebElement field = d.findElement(search);
            long now = System.nanoTime();
            if (!text.equals(field.getAttribute("value"))) {
                field.clear();
                // Clearing types no key; Backspace in the empty field tells the page it is empty now.
                field.sendKeys(text.isEmpty() ? Keys.BACK_SPACE : text);
                lastKey[0] = now;
            } else if (now - lastKey[0] > Duration.ofSeconds(3).toNanos() && browser.ajaxIdle()) {
                field.sendKeys(Keys.END);
                lastKey[0] = now;
            }
            return false;
        });
        browser.waitForAjax();
    }

    /** Chooses what the grid shows by the option's visible label. */
    public void show(String label) {
        browser.choose(browser.driver().findElement(By.id("grid:attention")), label);
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("#grid\\:matrix_data tr")).stream()
                .filter(tr -> !tr.getAttribute("class").contains("ui-datatable-empty-message"))
                .toList();
    }

    private WebElement row(String administration) {
        return rows().stream()
                .filter(tr ->
                        tr.findElement(By.cssSelector("td .code")).getText().equals("(" + administration + ")"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(administration + " is not in the grid"));
    }

    private WebElement cell(String administration, String workshop) {
        int column = workshops().indexOf(workshop);
        if (column < 0) {
            throw new AssertionError(workshop + " is not a column of the grid");
        }
        return row(administration).findElements(By.tagName("td")).get(FIXED_COLUMNS + column);
    }
}

package org.rocbap.survey.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rocbap.survey.it.Browser;

/** {@code dashboard/overview.xhtml}: the ROCB A/P's Tables 1-5 and trend. */
public class DashboardPage {

    private final Browser browser;

    private DashboardPage(Browser browser) {
        this.browser = browser;
    }

    public static DashboardPage open(Browser browser, String applicationUrl) {
        browser.open(applicationUrl + "dashboard/overview.xhtml");
        return expect(browser);
    }

    /** The dashboard the browser shows (opened through its address). */
    public static DashboardPage expect(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("trend")));
        return new DashboardPage(browser);
    }

    /** Chooses a fiscal year (written 2016/17) in the selector and waits for the tables. */
    public DashboardPage choose(String fiscalYear) {
        browser.choose(browser.driver().findElement(By.id("dashboard:fiscalYear")), "FY" + fiscalYear);
        return this;
    }

    /** The footer cells of one of the tables ({@code table1}, {@code table2}, {@code table345}), as shown. */
    public List<String> totals(String table) {
        return browser.driver().findElements(By.cssSelector("#dashboard\\:" + table + " tfoot td")).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }

    /** The trend table's rows: fiscal year, reply rate, direct effects, in-house adopters, source. */
    public List<List<String>> trend() {
        return browser.driver().findElements(By.cssSelector("#trend_data tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .map(td -> td.getText().replaceFirst("^.*\\n", "").strip())
                        .toList())
                .toList();
    }

    /** The claims table's rows: claim, held in-house workshops, held none, odds ratio, p, verdict. */
    public List<List<String>> claims() {
        return browser.driver().findElements(By.cssSelector("#dashboard\\:claims_data tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .map(td -> td.getText().strip())
                        .toList())
                .toList();
    }

    /** The cascade reach row of a workshop (its cells, the code first). */
    public List<String> reachOf(String code) {
        return browser.driver().findElements(By.cssSelector("#dashboard\\:reach-workshops_data tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .map(td -> td.getText().strip())
                        .toList())
                .filter(cells -> cells.get(0).equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** The data-quality warnings, as listed. */
    public List<String> warnings() {
        return browser.driver().findElements(By.cssSelector("#quality li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public int charts() {
        return browser.driver()
                .findElements(By.cssSelector("figure.chart canvas"))
                .size();
    }
}

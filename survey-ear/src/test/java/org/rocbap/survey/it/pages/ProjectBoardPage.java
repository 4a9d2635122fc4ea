package org.rocbap.survey.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rocbap.survey.it.Browser;

/** {@code project/board.xhtml}: the lazy project board. */
public class ProjectBoardPage {

    private final Browser browser;

    private ProjectBoardPage(Browser browser) {
        this.browser = browser;
    }

    public static ProjectBoardPage open(Browser browser, String applicationUrl) {
        browser.open(applicationUrl + "project/board.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("board:projects")));
        return new ProjectBoardPage(browser);
    }

    /** Types into a column's filter and waits until the table shows the filtered page. */
    public ProjectBoardPage filter(String column, String text) {
        String before = report();
        WebElement input = browser.driver().findElement(By.id("board:projects:" + column + ":filter"));
        input.clear();
        input.sendKeys(text);
        browser.waiting().until(d -> !report().equals(before));
        browser.waitForAjax();
        return this;
    }

    /** The paginator's "1-25 of N projects". */
    public String report() {
        return browser.driver()
                .findElement(By.cssSelector("#board\\:projects .ui-paginator-current"))
                .getText();
    }

    /** The cells of a column on the page shown. */
    public List<String> column(int index) {
        return browser.driver().findElements(By.cssSelector("#board\\:projects_data tr")).stream()
                .map(row -> row.findElements(By.tagName("td")))
                .filter(cells -> cells.size() > index)
                .map(cells -> cells.get(index).getText().strip())
                .toList();
    }
}

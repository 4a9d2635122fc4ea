package org.rocbap.survey.it.pages;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rocbap.survey.it.Browser;

/** {@code missionreport/file.xhtml}. */
public class MissionReportPage {

    private final Browser browser;

    @FindBy(id = "report:filedOn_input")
    private WebElement filedOn;

    @FindBy(id = "report:document")
    private WebElement document;

    @FindBy(id = "report:recommendations")
    private WebElement recommendations;

    @FindBy(id = "report:file")
    private WebElement file;

    private MissionReportPage(Browser browser) {
        this.browser = browser;
        PageFactory.initElements(browser.driver(), this);
    }

    public static MissionReportPage expect(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("report:file")));
        return new MissionReportPage(browser);
    }

    public MissionReportPage file(String date, Path upload, String recommendationsText) {
        filedOn.clear();
        filedOn.sendKeys(date, Keys.TAB);
        document.sendKeys(upload.toAbsolutePath().toString());
        recommendations.sendKeys(recommendationsText);
        file.click();
        return expect(browser);
    }

    public String onFile() {
        return browser.driver().findElement(By.id("on-file")).getText();
    }

    public String messages() {
        return browser.driver().findElement(By.id("messages")).getText();
    }
}

package org.rocbap.survey.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) at laptop size, with a
 * profile of its own so that no cookie survives from one test class to the next.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;

    public Browser() {
        this("en");
    }

    /** A browser whose user reads {@code language} first (Chromium's language and Accept-Language). */
    public Browser(String language) {
        try {
            profile = Files.createTempDirectory("survey-chromium");
            downloads = Files.createDirectories(profile.resolve("downloads"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("survey.chromium", "/usr/bin/chromium"))
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        // This machine has no network beyond the loopback: keep Chromium from calling home.
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-quic",
                        "--no-first-run",
                        "--window-size=1280,900",
                        "--lang=" + language,
                        "--user-data-dir=" + profile);
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "download.default_directory",
                        downloads.toString(),
                        "download.prompt_for_download",
                        false,
                        "intl.accept_languages",
                        language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("survey.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        // Before any script of a page runs, so that no refusal of the page's content policy goes unseen.
        driver.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                java.util.Map.of(
                        "source",
                        "window.__refusedByPolicy = [];"
                                + " document.addEventListener('securitypolicyviolation', function (e) {"
                                + " window.__refusedByPolicy.push(e.violatedDirective + ' ' + (e.blockedURI || '')"
                                + " + ' at ' + e.sourceFile + ':' + e.lineNumber); });"));
    }

    /** What the current page's Content-Security-Policy refused so far (directive, what, where). */
    public java.util.List<String> refusedByContentPolicy() {
        Object refused = driver.executeScript("return window.__refusedByPolicy || [];");
        return ((java.util.List<?>) refused).stream().map(String::valueOf).toList();
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public void open(String url) {
        driver.get(url);
    }

    /**
     * Picks the option of that visible label in a PrimeFaces select menu and waits until the menu holds
     * it and its Ajax update is done. On a busy machine one click can be lost: the panel may still be
     * opening, close again because the page scrolled, or be redrawn by an Ajax update. So each round
     * looks at the state first and does only the next step (open the panel, or click the option)
     * until the menu holds the label.
     */
    public void choose(WebElement menu, String label) {
        String id = menu.getAttribute("id");
        By menuLocator = By.id(id);
        By panel = By.id(id + "_panel");
        By option = By.xpath("//*[@id=\"" + id + "_panel\"]//li[@data-label=\"" + label + "\"]");
        waiting()
                .ignoring(ElementClickInterceptedException.class)
                .ignoring(ElementNotInteractableException.class)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    if (label.equals(selectedLabel(id))) {
                        return true;
                    }
                    if (!d.findElement(panel).isDisplayed()) {
                        d.findElement(menuLocator).click();
                        return false;
                    }
                    WebElement item = d.findElement(option);
                    // Scroll the panel's own list, not the window: PrimeFaces closes the panel when the
                    // page under it scrolls.
                    ((JavascriptExecutor) d)
                            .executeScript(
                                    "var item = arguments[0], list = item.closest('.ui-selectonemenu-items-wrapper');"
                                            + " if (list) { var r = item.getBoundingClientRect(),"
                                            + " l = list.getBoundingClientRect();"
                                            + " if (r.top < l.top || r.bottom > l.bottom) {"
                                            + " list.scrollTop += r.top - l.top - (l.height - r.height) / 2; } }",
                                    item);
                    item.click();
                    return label.equals(selectedLabel(id));
                });
        waitForAjax();
    }

    private String selectedLabel(String menuId) {
        return (String) driver.executeScript(
                "var s = document.getElementById(arguments[0]);"
                        + " return s && s.selectedIndex >= 0 ? s.options[s.selectedIndex].text : null;",
                menuId + "_input");
    }

    /** Waits until the page has loaded and PrimeFaces has no Ajax request queued or running. */
    public void waitForAjax() {
        waiting().until(d -> ajaxIdle());
    }

    /** Whether the page has loaded and PrimeFaces has no Ajax request queued or running. */
    public boolean ajaxIdle() {
        return (Boolean) driver.executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty());");
    }

    /** Waits for a download of that name to finish and returns it. */
    public Path downloaded(String fileName) {
        Path file = downloads.resolve(fileName);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> Files.exists(file) && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        return file;
    }

    /** Saves what the page shows now, for the user guides and for diagnosing a failed test. */
    public Path screenshot(String name) {
        try {
            Path dir = Files.createDirectories(
                    Path.of(System.getProperty("survey.screenshots.dir", "target/screenshots")));
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile is harmless; the test result matters more.
        }
    }
}

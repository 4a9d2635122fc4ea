package org.rocbap.survey.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core, the npm package as Deque ships it for Selenium ({@code axe.min.js} of
 * com.deque.html.axe-core:selenium), injected into the page and run on its WCAG 2.0 and 2.1 A and AA
 * rules, with Label in Name (WCAG 2.5.3), which axe keeps among its experimental rules, turned on.
 */
public final class Axe {

    private static final String SCRIPT = load();

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                               rules: {'label-content-name-mismatch': {enabled: true}},
                               resultTypes: ['violations']})
               .then(r => done(JSON.stringify(r.violations.map(v => ({
                   id: v.id, impact: v.impact, help: v.help,
                   nodes: v.nodes.map(n => n.target.join(' ') + ' | ' + (n.failureSummary || '').replace(/\\s+/g, ' '))})))))
               .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));
            """;

    private Axe() {}

    /** Every violation on the page as it is now: rule, impact, what it asks, and each failing element. */
    public static List<String> violations(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined';"))) {
            js.executeScript(SCRIPT);
        }
        String json = (String) js.executeAsyncScript(RUN);
        JsonArray found = Json.createReader(new StringReader(json)).readArray();
        List<String> violations = new ArrayList<>();
        for (JsonObject v : found.getValuesAs(JsonObject.class)) {
            for (var node : v.getJsonArray("nodes").getValuesAs(jakarta.json.JsonString.class)) {
                violations.add("%s (%s): %s -> %s"
                        .formatted(
                                v.getString("id"), v.getString("impact", "?"), v.getString("help"), node.getString()));
            }
            if (v.getJsonArray("nodes").isEmpty()) {
                violations.add(v.getString("id") + ": " + v.getString("help"));
            }
        }
        return violations;
    }

    /** Deque's packaged axe-core, or another build of it named by {@code -Dsurvey.axe.script=FILE}. */
    private static String load() {
        String other = System.getProperty("survey.axe.script", "");
        try {
            if (!other.isBlank()) {
                return Files.readString(Path.of(other));
            }
            try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException(
                            "axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fails unless the page as it is now passes axe at 1280 px (a laptop) and 390 px (a phone) and is
     * nowhere wider than the window; {@code state} names what the page shows, for the message.
     */
    public static void assertCleanOnLaptopAndPhone(Browser browser, String state) {
        for (int width : new int[] {1280, 390}) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
            org.assertj.core.api.Assertions.assertThat(violations(browser))
                    .as(state + " at " + width + " px")
                    .isEmpty();
            org.assertj.core.api.Assertions.assertThat((Long) ((JavascriptExecutor) browser.driver())
                            .executeScript("return document.documentElement.scrollWidth - window.innerWidth;"))
                    .as(state + ": wider than the window at " + width + " px")
                    .isLessThanOrEqualTo(0L);
        }
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }
}

package org.rocbap.survey.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rocbap.survey.it.Browser;
import org.rocbap.survey.it.TestRounds;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.stack.DemoData;
import org.rocbap.survey.stack.ServiceAccount;
import org.rocbap.survey.stack.StackSettings;
import org.rocbap.survey.stack.SurveyStack;

/**
 * What the pages weigh on a slow connection ({@code ./mvnw -Ppages}, docs/performance.md): the system
 * started as the run command starts it, with the demo data, and Chromium at 390 px on a 2G-like
 * profile (250 kbit/s each way, 300 ms round trip, DevTools' network conditions). Each page is opened
 * with an empty cache (a first visit) and again (a later visit); printed are the requests, the bytes
 * over the wire (the Resource Timing API's transfer sizes: compressed bodies and headers, nothing for
 * what the cache answered) and the time until the page's load event. A measurement: it asserts
 * nothing.
 */
public final class PageWeight {

    /** 250 kbit/s, in bytes per second. */
    private static final int THROUGHPUT = 250_000 / 8;

    private static final int ROUND_TRIP_MILLIS = 300;

    /** @param ready what shows that the page can be used (typed into), beyond its load event */
    private record Page(String url, String ready) {}

    /** @param usable when {@code ready} showed, in ms from the start of the navigation */
    private record Visit(long requests, long bytes, long millis, long usable) {}

    private PageWeight() {}

    public static void main(String[] args) throws Exception {
        // The run command's system, whose date the API may move: a round's invitation goes on the spot.
        StackSettings settings = StackSettings.forRun().withTestClock();
        BenchmarkApi.deleteRecursively(settings.dataDir());
        try (SurveyStack stack = SurveyStack.start(settings, line -> System.out.println("[pages] " + line))) {
            new DemoData(stack, line -> System.out.println("[pages] " + line)).load();
            String app = settings.applicationUrl();
            long participant = firstParticipant(stack, "FJI");
            // A participant invited in a round, as the scheduler does six months after their workshop.
            String personalLink = new TestRounds(stack).invite("en").get(0).link();
            Map<String, Page> pages = new LinkedHashMap<>();
            pages.put("personal link (participant)", new Page(personalLink, "#lessonsUsed"));
            pages.put("to-do (focal point's home)", new Page(app, "main"));
            pages.put(
                    "questionnaire (focal point)",
                    new Page(app + "questionnaire/reply.xhtml?participant=" + participant, "[id='reply:lessonsUsed']"));
            pages.put("mission report", new Page(app + "missionreport/file.xhtml?participant=" + participant, "main"));
            pages.put("compliance", new Page(app + "compliance/overview.xhtml", "main"));
            pages.put("projects", new Page(app + "project/list.xhtml", "main"));

            try (Browser browser = new Browser()) {
                ChromeDriver chromium = (ChromeDriver) browser.driver();
                chromium.manage().window().setSize(new Dimension(390, 844));
                browser.open(app);
                KeycloakLoginPage.expect(browser).signIn("fp.fji", "demo");
                chromium.executeCdpCommand("Network.enable", Map.of());
                chromium.executeCdpCommand(
                        "Network.emulateNetworkConditions",
                        Map.of(
                                "offline", false,
                                "latency", ROUND_TRIP_MILLIS,
                                "downloadThroughput", THROUGHPUT,
                                "uploadThroughput", THROUGHPUT));
                System.out.println();
                System.out.println("| page (390 px, 2G-like) | requests first / later | KB first | KB later"
                        + " | load first (s) | load later (s) | usable first / later (s) |");
                System.out.println("|---|---|---|---|---|---|---|");
                for (Map.Entry<String, Page> page : pages.entrySet()) {
                    chromium.executeCdpCommand("Network.clearBrowserCache", Map.of());
                    Visit first = visit(chromium, page.getValue());
                    Visit later = visit(chromium, page.getValue());
                    System.out.printf(
                            "| %s | %d / %d | %.0f | %.1f | %.1f | %.1f | %.1f / %.1f |%n",
                            page.getKey(),
                            first.requests(),
                            later.requests(),
                            first.bytes() / 1024.0,
                            later.bytes() / 1024.0,
                            first.millis() / 1000.0,
                            later.millis() / 1000.0,
                            first.usable() / 1000.0,
                            later.usable() / 1000.0);
                }
            }
        }
    }

    private static Visit visit(ChromeDriver chromium, Page page) {
        chromium.get(page.url());
        new WebDriverWait(chromium, java.time.Duration.ofMinutes(5))
                .until(d -> "complete".equals(chromium.executeScript("return document.readyState")));
        long usable = ((Number) new WebDriverWait(chromium, java.time.Duration.ofMinutes(5))
                        .pollingEvery(java.time.Duration.ofMillis(20))
                        .until(d -> chromium.executeScript(
                                "const e = document.querySelector(arguments[0]);"
                                        + " return e && e.offsetParent !== null ? Math.round(performance.now()) : null;",
                                page.ready())))
                .longValue();
        List<?> figures = (List<?>) chromium.executeScript("const n = performance.getEntriesByType('navigation')[0];"
                + " const r = performance.getEntriesByType('resource');"
                + " return [1 + r.filter(e => e.transferSize > 0).length,"
                + " n.transferSize + r.reduce((s, e) => s + e.transferSize, 0),"
                + " Math.round(n.loadEventEnd)];");
        return new Visit(
                ((Number) figures.get(0)).longValue(),
                ((Number) figures.get(1)).longValue(),
                ((Number) figures.get(2)).longValue(),
                usable);
    }

    /** A participant of the demo data's administration {@code administration}, for the pages that show one. */
    private static long firstParticipant(SurveyStack stack, String administration) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = ServiceAccount.token(http, stack.realmUrl());
        String body = http.send(
                        HttpRequest.newBuilder(URI.create(stack.settings().applicationUrl()
                                        + "api/v1/compliance?administration=" + administration))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept", "application/json")
                                .build(),
                        BodyHandlers.ofString())
                .body();
        JsonArray rows = Json.createReader(new StringReader(body)).readArray();
        return rows.getJsonObject(0).getJsonNumber("participantId").longValue();
    }
}

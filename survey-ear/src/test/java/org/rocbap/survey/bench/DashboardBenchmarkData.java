package org.rocbap.survey.bench;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rocbap.survey.stack.StackSettings;
import org.rocbap.survey.stack.SurveyStack;

/**
 * Starts the real stack on the test ports with empty data and imports ten fiscal years (FY2010/11 to
 * FY2019/20) of 150 workshops and 5,000 replies each, warms the dashboard up, then leaves the stack
 * running for the load test ({@code DashboardSimulation}) and the export benchmark; it stops when
 * Maven ends.
 */
public final class DashboardBenchmarkData {

    static final int YEARS = 10;
    static final int FIRST_YEAR = 2010;
    static final int WORKSHOPS = 150;
    static final int REPLIES = 5_000;

    private static final Pattern LOGIN_FORM = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private DashboardBenchmarkData() {}

    public static void main(String[] args) throws Exception {
        StackSettings settings = StackSettings.forTests();
        BenchmarkApi.deleteRecursively(settings.dataDir());
        // Not closed here: the stack's shutdown hook stops it when the Maven build that started it ends.
        SurveyStack.start(settings, line -> System.out.println("[bench] " + line));
        BenchmarkApi api = new BenchmarkApi(settings);
        double total = 0;
        for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
            BenchmarkRound round = BenchmarkRound.ofReplies(year, 1, WORKSHOPS, REPLIES);
            total += api.importRound(round.document(), "FY" + round.fiscalYear() + " (" + round + ")");
        }
        System.out.printf(
                "[bench] %d fiscal years of %d workshops and %d replies imported in %.0f s; the stack stays up at %s%n",
                YEARS, WORKSHOPS, REPLIES, total, settings.applicationUrl());
        warmUp(settings);
    }

    /**
     * The head opens the dashboard fifty times, one after the other: the load test measures a server
     * in its steady state, its code compiled and the year's figures computed, as after the first
     * minutes of a working day, not the first page after a deployment.
     */
    private static void warmUp(StackSettings settings) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.ALWAYS)
                .build();
        URI dashboard = URI.create(settings.applicationUrl() + "dashboard/overview.xhtml");
        String loginPage = browser.send(HttpRequest.newBuilder(dashboard).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher action = LOGIN_FORM.matcher(loginPage);
        if (!action.find()) {
            throw new IllegalStateException("Keycloak's login form did not come up");
        }
        browser.send(
                HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=rocb.head&password=demo&credentialId="))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        long start = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            HttpResponse<String> page =
                    browser.send(HttpRequest.newBuilder(dashboard).build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200 || !page.body().contains("dashboard:table1")) {
                throw new IllegalStateException(
                        "The dashboard did not come up for the warm-up: HTTP " + page.statusCode());
            }
        }
        System.out.printf("[bench] warm-up: the dashboard 50 times in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }
}

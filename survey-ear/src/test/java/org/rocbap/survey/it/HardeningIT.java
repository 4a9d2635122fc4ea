package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.stack.SurveyStack;

/**
 * What a browser is protected by: headers against framing, sniffing, referrers and caching; no change
 * through the API on the strength of the session cookie alone (what another site's page could make
 * the browser send); signing out only by POST; readiness for load balancers.
 */
@ExtendWith(StackExtension.class)
class HardeningIT {

    @Test
    void everyAnswerForbidsFramingSniffingReferrersAndCaching(SurveyStack stack)
            throws IOException, InterruptedException {
        HttpResponse<String> api = ApiClient.as(stack, DemoUser.ROCB_STAFF).get("workshops");
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        stack.settings().applicationUrl() + "answer/questionnaire.xhtml?token=guessed"))
                                .build(),
                        BodyHandlers.ofString());

        for (HttpResponse<String> response : List.of(api, page)) {
            assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
                    .as(response.uri().toString())
                    .contains("frame-ancestors 'none'");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
    }

    @Test
    void behindTheTlsProxyCookiesAreSecureAndSignInReturnsToTheProxysAddress(SurveyStack stack)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest.Builder home = HttpRequest.newBuilder(
                        URI.create(stack.settings().applicationUrl()))
                .header("Accept", "text/html");

        HttpResponse<String> throughProxy = http.send(
                home.copy()
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-Host", "survey.rocb.example")
                        .header("X-Forwarded-Port", "443")
                        .build(),
                BodyHandlers.ofString());
        HttpResponse<String> direct = http.send(home.build(), BodyHandlers.ofString());

        assertThat(throughProxy.statusCode()).isEqualTo(302);
        assertThat(URLDecoder.decode(
                        throughProxy.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8))
                .startsWith(stack.realmUrl())
                .contains("redirect_uri=https://survey.rocb.example/survey/signed-in");
        assertThat(throughProxy.headers().allValues("Set-Cookie"))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; secure"));
        assertThat(direct.headers().allValues("Set-Cookie"))
                .isNotEmpty()
                .noneSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; secure"));
    }

    @Test
    void aDocumentDownloadsUnderItsNameWithTheExtensionOfWhatItIsAndSandboxed(SurveyStack stack) {
        FollowUpFixture fixture = new FollowUpFixture(stack);
        long participant = fixture.participant("FJI", "Download Name");
        String path = "participants/" + participant + "/mission-report";
        ApiClient focalPoint = ApiClient.as(stack, DemoUser.FOCAL_POINT_FJI);
        HttpResponse<String> filed =
                focalPoint.put(path, """
                {"version": null, "filedOn": "2017-04-12", "documentName": "Rapport d'activité «2017».html",
                 "documentBase64": "%s"}""".formatted(java.util.Base64.getEncoder().encodeToString(FollowUpFixture.PDF)));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);

        HttpResponse<byte[]> download = focalPoint.getBytes(path + "/document");

        Downloads.assertSandboxedPdf(download);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"Rapport d_activite _2017_.pdf\";"
                        + " filename*=UTF-8''Rapport%20d%27activit%C3%A9%20%C2%AB2017%C2%BB.pdf");
    }

    @Test
    void everyRefusalIsInTheAuditTrail(SurveyStack stack) {
        FollowUpFixture fixture = new FollowUpFixture(stack);
        long samoan = fixture.participant("WSM", "Refusal Target");
        ApiClient fiji = ApiClient.as(stack, DemoUser.FOCAL_POINT_FJI);

        assertThat(fiji.get("participants/" + samoan + "/mission-report").statusCode())
                .isEqualTo(404);
        assertThat(fiji.post("workshops/" + FollowUpFixture.WORKSHOP + "/participants", """
                        {"administration": "FJI", "name": "Not allowed", "email": "refused@customs.example"}""")
                        .statusCode())
                .isEqualTo(403);

        List<JsonObject> refusals =
                ApiClient.json(fixture.staff().get("audit?max=200").body())
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(e -> e.getString("subject").equals("Refusal"))
                        .filter(e -> e.getString("actor").equals(DemoUser.FOCAL_POINT_FJI.username))
                        .toList();
        assertThat(refusals)
                .extracting(e -> e.getString("changes"))
                .anySatisfy(c -> assertThat(c).contains("GET /participants/" + samoan + "/mission-report"))
                .anySatisfy(
                        c -> assertThat(c).contains("POST /workshops/" + FollowUpFixture.WORKSHOP + "/participants"));
    }

    @Test
    void aBodyOverTwoMegabytesIsRefusedBeforeItIsReadUnlessItCarriesAnImport(SurveyStack stack) {
        ApiClient staff = ApiClient.as(stack, DemoUser.ROCB_STAFF);
        String big = "{\"title\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}";

        HttpResponse<String> refused = staff.post("workshops", big);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(refused.body()).contains("larger than 2 MB");

        // Sent in chunks, the body announces no length: it is cut off at the limit as it is read.
        for (String resource : List.of("workshops", "rounds/2016-17/report/examples")) {
            HttpResponse<String> chunked = staff.send(
                    "POST",
                    resource,
                    "application/json",
                    HttpRequest.BodyPublishers.ofInputStream(
                            () -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))));
            assertThat(chunked.statusCode())
                    .as(resource + ": " + chunked.body())
                    .isEqualTo(413);
            assertThat(chunked.body()).contains("larger than 2 MB");
        }
        assertThat(staff.get("workshops").statusCode()).isEqualTo(200);

        HttpResponse<String> imported = staff.post("rounds/import", big);
        assertThat(imported.statusCode())
                .as("a round import may be larger; this one is read, and refused for what it says")
                .isNotEqualTo(413)
                .isBetween(400, 499);
    }

    @Test
    void readinessIsServedWithoutSignInAndNamesTheDeployment(SurveyStack stack)
            throws IOException, InterruptedException {
        HttpResponse<String> ready = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:"
                                        + (9990 + stack.settings().portOffset()) + "/health/ready"))
                                .build(),
                        BodyHandlers.ofString());

        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        JsonObject health = (JsonObject) ApiClient.json(ready.body());
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class))
                .filteredOn(check -> check.getString("status").equals("UP"))
                .extracting(check -> check.getString("name"))
                .contains("server-state", "boot-errors", "deployments-status");
    }

    /**
     * Every cookie the application sets says SameSite=Lax itself, the session cookie among them: a
     * browser that does not default to Lax (or a proxy that reads the header) must not have to guess.
     * Chromium reports a cookie without the attribute as Lax, so the raw headers of a whole sign-in are
     * read here, without a browser.
     */
    @Test
    void everyCookieOfASignInSaysSameSiteLax(SurveyStack stack) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String app = stack.settings().applicationUrl();
        java.util.Map<String, String> appCookies = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> keycloakCookies = new java.util.LinkedHashMap<>();
        List<String> setByApp = new java.util.ArrayList<>();

        // As a browser asks for a page: a request that accepts no HTML is answered 401, not sent to sign in.
        String accept = "text/html,application/xhtml+xml,*/*;q=0.8";
        HttpResponse<String> start = http.send(
                HttpRequest.newBuilder(URI.create(app)).header("Accept", accept).build(), BodyHandlers.ofString());
        setByApp.addAll(keep(start, appCookies));
        HttpResponse<String> form = http.send(
                HttpRequest.newBuilder(URI.create(
                                start.headers().firstValue("Location").orElseThrow()))
                        .build(),
                BodyHandlers.ofString());
        keep(form, keycloakCookies);
        java.util.regex.Matcher action = java.util.regex.Pattern.compile(
                        "<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"")
                .matcher(form.body());
        assertThat(action.find()).as("Keycloak's login form").isTrue();
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", header(keycloakCookies))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + DemoUser.MANAGER_FJI.username + "&password=" + DemoUser.PASSWORD))
                        .build(),
                BodyHandlers.ofString());
        String back = login.headers().firstValue("Location").orElseThrow();
        assertThat(back).startsWith(app + "signed-in");
        // Back in the application: it exchanges the code and opens the session, then leads on.
        for (String next = back;
                next != null && URI.create(app).resolve(next).toString().startsWith(app); ) {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(app).resolve(next))
                            .header("Accept", accept)
                            .header("Cookie", header(appCookies))
                            .build(),
                    BodyHandlers.ofString());
            setByApp.addAll(keep(answer, appCookies));
            next = answer.statusCode() / 100 == 3
                    ? answer.headers().firstValue("Location").orElse(null)
                    : null;
        }

        assertThat(appCookies).containsKey("JSESSIONID");
        assertThat(setByApp)
                .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="))
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; SameSite=Lax"));
    }

    /** Keeps the cookies an answer sets, and returns their Set-Cookie headers as sent. */
    private static List<String> keep(HttpResponse<?> answer, java.util.Map<String, String> jar) {
        List<String> set = answer.headers().allValues("Set-Cookie");
        for (String cookie : set) {
            String pair = cookie.split(";", 2)[0];
            jar.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return set;
    }

    private static String header(java.util.Map<String, String> jar) {
        return String.join(
                "; ",
                jar.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .toList());
    }

    @Test
    void theSessionCookieAloneChangesNothingThroughTheApi(SurveyStack stack) {
        FollowUpFixture fixture = new FollowUpFixture(stack);
        long participant = fixture.participant("FJI", "Cookie Target");
        fixture.missionReport(participant, "2017-04-10");
        String report = "participants/" + participant + "/mission-report";
        String app = stack.settings().applicationUrl();

        try (Browser browser = new Browser()) {
            browser.open(app);
            KeycloakLoginPage.expect(browser).signIn(DemoUser.MANAGER_FJI.username, DemoUser.PASSWORD);
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertThat(session.isHttpOnly()).isTrue();
            assertThat(session.getSameSite()).isEqualTo("Lax");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            // What a page of another origin would do while the manager is signed in.
            Object status = js.executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0], {method: 'POST', credentials: 'include'})"
                            + ".then(function (r) { done(r.status); }, function (e) { done(String(e)); });",
                    app + "api/v1/" + report + "/acknowledgement");
            assertThat(status).isEqualTo(403L);
            Object read = js.executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0], {credentials: 'include'}).then(function (r) { done(r.status); });",
                    app + "api/v1/" + report);
            assertThat(read)
                    .as("reading with the cookie still works (download links)")
                    .isEqualTo(200L);
            Object signOutByGet = js.executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0], {credentials: 'include', redirect: 'manual'})"
                            + ".then(function (r) { done(r.status); });",
                    app + "logout");
            assertThat(signOutByGet).as("a GET does not sign out").isEqualTo(405L);
        }

        JsonObject after =
                ApiClient.object(ApiClient.as(stack, DemoUser.MANAGER_FJI).get(report));
        assertThat(after.containsKey("acknowledgedBy") && !after.isNull("acknowledgedBy"))
                .as("not acknowledged")
                .isFalse();
        assertThat(ApiClient.as(stack, DemoUser.MANAGER_FJI)
                        .post(report + "/acknowledgement", "")
                        .statusCode())
                .as("with a bearer token the manager acknowledges")
                .isEqualTo(200);
    }
}

package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rocbap.survey.it.pages.HomePage;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.stack.SurveyStack;

/**
 * Markup and expressions typed into every free-text field (titles, names, venues, file names,
 * answers, recommendations) or put into a page's address are shown as the text they are: no script
 * runs, no element is added, no expression is evaluated. A form sent with a forged or outdated view
 * state lands on the expired page and changes nothing.
 */
@ExtendWith(StackExtension.class)
class InjectionIT {

    /** Markup that would run script if a page inserted it as HTML. */
    private static final String MARKUP =
            "<img src=x onerror=\"window.injected=1\"><script>window.injected=2</script>\"><svg onload=window.injected=3>";

    /** What a template or expression engine would evaluate to 49. */
    private static final String EXPRESSIONS = "#{7*7} ${7*7} {{7*7}}";

    private static final String PAYLOAD = MARKUP + " " + EXPRESSIONS;

    /** For fields of at most 100 characters. */
    private static final String SHORT_PAYLOAD = "<svg onload=window.injected=4> " + EXPRESSIONS;

    @Test
    void markupAndExpressionsTypedIntoAnyFieldAreShownAsTextOnEveryPage(SurveyStack stack) {
        ApiClient staff = ApiClient.as(stack, DemoUser.ROCB_STAFF);
        String code = "IT-INJ-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        created(staff.post(
                "workshops",
                Json.createObjectBuilder()
                        .add("code", code)
                        .add("title", PAYLOAD)
                        .add("fiscalYear", "2019/20")
                        .add("startDate", "2019-09-02")
                        .add("endDate", "2019-09-06")
                        .add("venue", PAYLOAD)
                        .add("accreditation", false)
                        .build()
                        .toString()));
        long participant = ApiClient.object(created(staff.post(
                        "workshops/" + code + "/participants",
                        Json.createObjectBuilder()
                                .add("administration", "FJI")
                                .add("name", PAYLOAD)
                                .add("email", "inj-" + UUID.randomUUID() + "@customs.example")
                                .build()
                                .toString())))
                .getJsonNumber("id")
                .longValue();
        ApiClient focalPoint = ApiClient.as(stack, DemoUser.FOCAL_POINT_FJI);
        ok(focalPoint.put(
                "participants/" + participant + "/mission-report",
                Json.createObjectBuilder()
                        .addNull("version")
                        .add("filedOn", "2019-09-20")
                        .add("recommendations", PAYLOAD)
                        .add("documentName", PAYLOAD + ".pdf")
                        .add("documentBase64", Base64.getEncoder().encodeToString(FollowUpFixture.PDF))
                        .build()
                        .toString()));
        ok(focalPoint.put(
                "participants/" + participant + "/reply",
                Json.createObjectBuilder()
                        .addNull("version")
                        .add("submit", false)
                        .add(
                                "answers",
                                Json.createObjectBuilder()
                                        .add("lessonsUsed", PAYLOAD)
                                        .add("directEffectsText", PAYLOAD)
                                        .add("modernizationText", PAYLOAD))
                        .build()
                        .toString()));
        created(focalPoint.post(
                "projects",
                Json.createObjectBuilder()
                        .add("administration", "FJI")
                        .add("title", PAYLOAD)
                        .add("category", SHORT_PAYLOAD)
                        .add("status", "IN_PROGRESS")
                        .add("workshops", Json.createArrayBuilder().add(code))
                        .build()
                        .toString()));
        created(focalPoint.post(
                "in-house-workshops",
                Json.createObjectBuilder()
                        .add("administration", "FJI")
                        .add("regionalWorkshop", code)
                        .add("date", "2019-10-15")
                        .add("title", PAYLOAD)
                        .add("attendees", 12)
                        .build()
                        .toString()));

        String tampered = URLEncoder.encode(PAYLOAD, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        try (Browser browser = signedIn(stack, DemoUser.ROCB_STAFF)) {
            for (String page : List.of(
                    "workshop/edit.xhtml?code=" + code,
                    "missionreport/file.xhtml?participant=" + participant,
                    "questionnaire/reply.xhtml?participant=" + participant)) {
                check(browser, stack, page, true, problems);
            }
            for (String page : List.of(
                    "workshop/list.xhtml",
                    "project/list.xhtml?administration=FJI",
                    "project/board.xhtml",
                    "compliance/overview.xhtml",
                    "compliance/grid.xhtml?fy=2019/20",
                    "audit/trail.xhtml",
                    "dashboard/overview.xhtml",
                    "workshop/edit.xhtml?code=" + tampered,
                    "compliance/grid.xhtml?fy=" + tampered,
                    "project/list.xhtml?administration=" + tampered,
                    "report/publication.xhtml?fy=" + tampered,
                    "missionreport/file.xhtml?participant=" + tampered,
                    "answer/questionnaire.xhtml?token=" + tampered)) {
                check(browser, stack, page, false, problems);
            }
        }
        try (Browser browser = signedIn(stack, DemoUser.MANAGER_FJI)) {
            for (String page :
                    List.of("compliance/overview.xhtml", "administration/dashboard.xhtml", "project/list.xhtml")) {
                check(browser, stack, page, false, problems);
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void aProjectTitledWithMarkupThroughThePageIsSavedAndAnnouncedAsText(SurveyStack stack) {
        try (Browser browser = signedIn(stack, DemoUser.FOCAL_POINT_FJI)) {
            browser.open(stack.settings().applicationUrl() + "project/list.xhtml");
            WebElement title = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("project:title")));
            String typed = PAYLOAD + " " + UUID.randomUUID().toString().substring(0, 6);
            title.sendKeys(typed);
            browser.driver().findElement(By.id("project:save")).click();
            browser.waitForAjax();

            assertThat(notInjected(browser)).isTrue();
            assertThat(browser.driver().findElement(By.id("messages")).getText())
                    .contains(EXPRESSIONS);
            assertThat(ApiClient.json(ApiClient.as(stack, DemoUser.FOCAL_POINT_FJI)
                                    .get("projects?administration=FJI&limit=1000")
                                    .body())
                            .asJsonArray()
                            .getValuesAs(JsonObject.class))
                    .extracting(project -> project.getString("title"))
                    .contains(typed);
        }
    }

    @Test
    void aScriptThatGetsIntoAPageAnywayDoesNotRun(SurveyStack stack) {
        try (Browser browser = signedIn(stack, DemoUser.FOCAL_POINT_FJI)) {
            browser.open(stack.settings().applicationUrl() + "project/list.xhtml");
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("project:title")));

            // As if an escape had been missed: an inline script, and a handler attribute, put into the page.
            Object ran = ((JavascriptExecutor) browser.driver())
                    .executeScript("var s = document.createElement('script');"
                            + " s.textContent = 'window.__injected = true;';"
                            + " document.body.appendChild(s);"
                            + " var i = document.createElement('img');"
                            + " i.setAttribute('onerror', 'window.__injected = true;');"
                            + " i.src = 'data:,';"
                            + " document.body.appendChild(i);"
                            + " return window.__injected === true;");

            assertThat(ran).isEqualTo(false);
            browser.waiting().until(d -> browser.refusedByContentPolicy().size() >= 2);
            assertThat(browser.refusedByContentPolicy())
                    .allSatisfy(v -> assertThat(v).startsWith("script-src"));
            assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.__injected === true;"))
                    .isEqualTo(false);
            // The page's own scripts, which carry the nonce, still work.
            browser.driver().findElement(By.id("project:save")).click();
            browser.waitForAjax();
            assertThat(browser.driver().findElement(By.id("messages")).getText())
                    .isNotBlank();
        }
    }

    @Test
    void aFormSentWithAForgedOrOutdatedViewStateLandsOnTheExpiredPageAndChangesNothing(SurveyStack stack) {
        ApiClient manager = ApiClient.as(stack, DemoUser.MANAGER_WSM);
        boolean subscribed = ApiClient.object(manager.get("compliance/digest")).getBoolean("subscribed");
        String page = stack.settings().applicationUrl() + "compliance/overview.xhtml";

        try (Browser browser = signedIn(stack, DemoUser.MANAGER_WSM)) {
            browser.open(page);
            String outdated = viewState(browser);
            setViewState(browser, "-4242424242424242424:1234567890123456789");
            tickDigest(browser);
            expectExpiredPage(browser);

            // The state of the page as it was in a session that has ended since.
            browser.open(page);
            HomePage.expect(browser).signOut();
            browser.open(stack.settings().applicationUrl());
            KeycloakLoginPage.expect(browser).signIn(DemoUser.MANAGER_WSM.username, DemoUser.PASSWORD);
            browser.open(page);
            setViewState(browser, outdated);
            tickDigest(browser);
            expectExpiredPage(browser);
            assertThat(Axe.violations(browser)).isEmpty();
        }

        assertThat(ApiClient.object(manager.get("compliance/digest")).getBoolean("subscribed"))
                .as("the digest setting did not change")
                .isEqualTo(subscribed);
    }

    private static void check(
            Browser browser, SurveyStack stack, String page, boolean showsPayload, List<String> problems) {
        browser.open(stack.settings().applicationUrl() + page);
        browser.waiting().until(d -> !d.findElements(By.id("page-title")).isEmpty());
        if (!notInjected(browser)) {
            problems.add(page + ": the markup became part of the page");
        }
        if (showsPayload && !browser.driver().getPageSource().contains(EXPRESSIONS)) {
            problems.add(page + ": the text is not shown as typed");
        }
        String title = browser.driver().findElement(By.id("page-title")).getText();
        if (title.equals("Something went wrong")) {
            problems.add(page + ": server error");
        }
    }

    private static boolean notInjected(Browser browser) {
        return (Boolean) ((JavascriptExecutor) browser.driver())
                .executeScript("return window.injected === undefined"
                        + " && document.querySelectorAll('img[src=\"x\"], svg[onload]').length === 0;");
    }

    private static Browser signedIn(SurveyStack stack, DemoUser user) {
        Browser browser = new Browser();
        browser.open(stack.settings().applicationUrl());
        KeycloakLoginPage.expect(browser).signIn(user.username, DemoUser.PASSWORD);
        return browser;
    }

    private static String viewState(Browser browser) {
        return browser.driver()
                .findElement(By.cssSelector("#digest input[name='jakarta.faces.ViewState']"))
                .getAttribute("value");
    }

    private static void setViewState(Browser browser, String value) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                                + ".forEach(function (input) { input.value = arguments[0]; });",
                        value);
    }

    private static void tickDigest(Browser browser) {
        browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#digest\\:weekly .ui-chkbox-box")))
                .click();
    }

    private static void expectExpiredPage(Browser browser) {
        browser.waiting().until(ExpectedConditions.urlContains("expired.xhtml"));
        assertThat(browser.driver().findElement(By.id("page-title")).getText()).isEqualTo("Page expired");
        assertThat(browser.driver().findElement(By.id("error-text")).getText()).contains("nothing of your last action");
    }

    private static HttpResponse<String> created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response;
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}

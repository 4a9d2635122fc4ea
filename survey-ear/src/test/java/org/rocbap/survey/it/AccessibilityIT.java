package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.stack.SeedRound;
import org.rocbap.survey.stack.SurveyStack;

/**
 * Every page each role can open, on the seed round and a follow-up fixture, checked by axe-core (WCAG
 * 2.1 A and AA) at laptop width (1280 px) and phone width (390 px), where no page may be wider than
 * the window. One failure lists every violation of every page, so that one run shows all there is to fix.
 */
@ExtendWith(StackExtension.class)
class AccessibilityIT {

    private static final int[] WIDTHS = {1280, 390};

    private static final Map<String, Long> PARTICIPANTS = new LinkedHashMap<>();

    /** The phone views the user guide shows, by user and page. */
    private static final Map<String, String> PHONE_SCREENSHOTS = Map.of(
            "fp.fji questionnaire/reply.xhtml", "phone-reply",
            "rocb.head dashboard/overview.xhtml", "phone-dashboard",
            "mgr.fji compliance/overview.xhtml", "phone-compliance");

    @BeforeAll
    static void records(SurveyStack stack) {
        assertThat(ApiClient.as(stack, DemoUser.ROCB_STAFF)
                        .post("rounds/import", SeedRound.document().toString())
                        .statusCode())
                .isEqualTo(200);
        FollowUpFixture fixture = new FollowUpFixture(stack);
        for (String administration : List.of("FJI", "WSM")) {
            long participant = fixture.participant(administration, "Axe " + administration);
            fixture.draftReply(participant);
            PARTICIPANTS.put(administration, participant);
        }
        fixture.missionReport(PARTICIPANTS.get("FJI"), "2017-04-10");
        // An example of each administration waiting for consent, on the focal points' to-do and the
        // report page, and an edition in the report page's list.
        ApiClient staff = ApiClient.as(stack, DemoUser.ROCB_STAFF);
        for (String administration : List.of("FJI", "WSM")) {
            JsonObject answer = (JsonObject) ApiClient.json(
                            staff.get("rounds/2016-17/report/candidates?question=Q2_LESSONS&limit=1&administration="
                                            + administration)
                                    .body())
                    .asJsonArray()
                    .get(0);
            staff.post(
                    "rounds/2016-17/report/examples",
                    "{\"replyId\": %d, \"question\": \"Q2_LESSONS\"}".formatted(answer.getInt("replyId")));
        }
        assertThat(staff.post("rounds/2016-17/report/editions", "").statusCode())
                .isEqualTo(201);
    }

    /**
     * The text of every visible table heading whose content is wider than the heading shows (cut off,
     * with or without an ellipsis).
     */
    private static final String CUT_HEADINGS = "return Array.from(document.querySelectorAll('th'))"
            + ".filter(function (h) { return h.offsetParent !== null && h.scrollWidth > h.clientWidth + 1; })"
            + ".map(function (h) { return h.textContent.trim(); });";

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void everyPageOfTheRolePassesAxeFitsAPhoneAndCutsNoHeading(DemoUser user, SurveyStack stack) {
        String app = stack.settings().applicationUrl();
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.open(app);
            KeycloakLoginPage.expect(browser).signIn(user.username, DemoUser.PASSWORD);
            for (int width : WIDTHS) {
                browser.driver().manage().window().setSize(new Dimension(width, 900));
                for (String page : pages(user)) {
                    browser.open(app + page);
                    browser.waiting()
                            .until(d -> "complete"
                                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
                    Axe.violations(browser).forEach(v -> problems.add(width + " px " + page + ": " + v));
                    browser.refusedByContentPolicy()
                            .forEach(v -> problems.add(width + " px " + page + ": content policy refused " + v));
                    String view = user.username + " " + page.replaceAll("\\?.*", "");
                    if (width < 640 && PHONE_SCREENSHOTS.containsKey(view)) {
                        browser.screenshot(PHONE_SCREENSHOTS.get(view));
                    }
                    ((List<?>) ((JavascriptExecutor) browser.driver()).executeScript(CUT_HEADINGS))
                            .forEach(heading ->
                                    problems.add(width + " px " + page + ": the heading \"" + heading + "\" is cut"));
                    long overflow = (Long) ((JavascriptExecutor) browser.driver())
                            .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
                    if (overflow > 0) {
                        problems.add(width + " px " + page + ": the page is " + overflow + " px wider than the window");
                        browser.screenshot("too-wide-" + user.username + "-" + page.replaceAll("[^a-z]+", "-"));
                    }
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    private static List<String> pages(DemoUser user) {
        List<String> pages = new ArrayList<>(List.of(
                "index.xhtml",
                "workshop/list.xhtml",
                "administration/list.xhtml",
                "project/list.xhtml",
                "expired.xhtml",
                "signin-unavailable.xhtml"));
        if (user.administration != null) {
            pages.add("administration/dashboard.xhtml");
        }
        if (user.roles.contains("focal-point")) {
            long participant = PARTICIPANTS.get(user.administration);
            pages.add("questionnaire/reply.xhtml?participant=" + participant);
            pages.add("missionreport/file.xhtml?participant=" + participant);
        }
        if (user.roles.contains("manager") || user.seesAllAdministrations()) {
            pages.add("compliance/overview.xhtml");
            pages.add("compliance/grid.xhtml");
        }
        if (user.seesAllAdministrations()) {
            pages.add("dashboard/overview.xhtml");
            pages.add("project/board.xhtml");
            pages.add("report/publication.xhtml?fy=2016/17");
        }
        if (user.roles.contains("rocb-staff")) {
            pages.add("workshop/edit.xhtml");
            pages.add("workshop/edit.xhtml?code=" + FollowUpFixture.WORKSHOP);
            pages.add("round/import.xhtml");
            pages.add("round/survey.xhtml");
            pages.add("round/mail.xhtml");
            pages.add("audit/trail.xhtml");
            pages.add("questionnaire/reply.xhtml?participant=" + PARTICIPANTS.get("FJI"));
            pages.add("missionreport/file.xhtml?participant=" + PARTICIPANTS.get("FJI"));
        }
        return pages;
    }
}

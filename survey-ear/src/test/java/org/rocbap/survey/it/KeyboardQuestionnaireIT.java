package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.stack.SurveyStack;

/**
 * A focal point fills in and submits the questionnaire with the keyboard alone: Tab to move, Space to
 * tick, the arrow keys to choose an answer, Enter to save the draft, Enter on "Submit" to submit.
 * What the service stored is read back through the API; what is typed is kept as a draft without
 * pressing anything.
 */
@ExtendWith(StackExtension.class)
class KeyboardQuestionnaireIT {

    private static final int MAX_TABS = 120;

    @Test
    void theQuestionnaireIsFilledInAndSubmittedByKeyboard(SurveyStack stack) {
        FollowUpFixture fixture = new FollowUpFixture(stack);
        long participant = fixture.participant("FJI", "Tavita Keyboard");
        String app = stack.settings().applicationUrl();

        try (Browser browser = new Browser()) {
            browser.open(app);
            KeycloakLoginPage.expect(browser).signIn(DemoUser.FOCAL_POINT_FJI.username, DemoUser.PASSWORD);
            browser.open(app + "questionnaire/reply.xhtml?participant=" + participant);
            browser.waiting().until(d -> !d.findElements(By.id("reply:submit")).isEmpty());

            tabTo(browser, "reply:sharedMaterials_input");
            press(browser, Keys.SPACE);
            tabTo(browser, "reply:colleaguesShared");
            press(browser, "12");
            tabTo(browser, "reply:colleaguesLearned");
            press(browser, "40");
            // Enter in a field saves the draft; it does not run another button of the form.
            press(browser, Keys.ENTER);
            waitForMessage(browser, "draft reply");
            assertThat(browser.driver().findElement(By.id("reply-status")).getText())
                    .isEqualTo("Draft");

            // Tab enters Q3's group at its checked choice ("not answered"), or its first if none is;
            // the arrow keys move the choice to "yes".
            tabTo(browser, "reply:directEffects:");
            for (int i = 0; i < 3 && !isFocused(browser, "reply:directEffects:0"); i++) {
                press(browser, Keys.ARROW_LEFT);
            }
            press(browser, Keys.SPACE);
            assertThat(browser.driver()
                            .findElement(By.id("reply:directEffects:0"))
                            .isSelected())
                    .isTrue();
            tabTo(browser, "reply:directEffectsText");
            press(browser, "Clearance times fell by a third");

            tabTo(browser, "reply:submit");
            press(browser, Keys.ENTER);
            waitForMessage(browser, "is submitted");
            browser.screenshot("questionnaire-by-keyboard");
        }

        JsonObject reply = ApiClient.object(fixture.staff().get("participants/" + participant + "/reply"));
        assertThat(reply.getString("status")).isEqualTo("SUBMITTED");
        JsonObject answers = reply.getJsonObject("answers");
        assertThat(answers.getBoolean("sharedMaterials")).isTrue();
        assertThat(answers.getInt("colleaguesShared")).isEqualTo(12);
        assertThat(answers.getInt("colleaguesLearned")).isEqualTo(40);
        assertThat(answers.getString("directEffects")).isEqualTo("YES");
        assertThat(answers.getString("directEffectsText")).isEqualTo("Clearance times fell by a third");
    }

    @Test
    void whatIsTypedIsKeptAsADraftWithoutPressingSave(SurveyStack stack) {
        FollowUpFixture fixture = new FollowUpFixture(stack);
        long participant = fixture.participant("FJI", "Sione Autosave");
        String app = stack.settings().applicationUrl();
        String lessons = "Risk profiles now reviewed every month";

        try (Browser browser = new Browser()) {
            browser.open(app);
            KeycloakLoginPage.expect(browser).signIn(DemoUser.FOCAL_POINT_FJI.username, DemoUser.PASSWORD);
            browser.open(app + "questionnaire/reply.xhtml?participant=" + participant);
            browser.waiting()
                    .until(d -> !d.findElements(By.id("reply:lessonsUsed")).isEmpty());
            browser.driver().findElement(By.id("reply:lessonsUsed")).sendKeys(lessons);

            browser.waiting()
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("reply-autosave")).getText().contains("saved automatically"));
            assertThat(browser.driver().findElement(By.id("reply-status")).getText())
                    .isEqualTo("Draft");
        }

        JsonObject reply = ApiClient.object(fixture.staff().get("participants/" + participant + "/reply"));
        assertThat(reply.getString("status")).isEqualTo("DRAFT");
        assertThat(reply.getJsonObject("answers").getString("lessonsUsed")).isEqualTo(lessons);
    }

    /**
     * Presses Tab until the element of that id (or, for an id ending in ':', any of that group's) has
     * the focus; fails if Tab never reaches it.
     */
    private static void tabTo(Browser browser, String id) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (isFocused(browser, id)) {
                return;
            }
            press(browser, Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + id);
    }

    private static boolean isFocused(Browser browser, String id) {
        WebElement focused = browser.driver().switchTo().activeElement();
        String focusedId = String.valueOf(focused.getAttribute("id"));
        return id.endsWith(":") ? focusedId.startsWith(id) : id.equals(focusedId);
    }

    /** Waits for the page's message, which the answer to the action re-renders. */
    private static void waitForMessage(Browser browser, String text) {
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("messages")).getText().contains(text));
    }

    private static void press(Browser browser, CharSequence keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }
}

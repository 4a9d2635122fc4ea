package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.rocbap.survey.it.TestRounds.Invited;
import org.rocbap.survey.it.pages.LinkedQuestionnairePage;
import org.rocbap.survey.stack.SurveyStack;

/**
 * The personal link's page through a real outage: a loopback proxy ({@link FlakyLink}) between
 * Chromium and the server refuses connections or swallows the server's answers, which reaches the
 * page's service worker too. Whatever the connection does, the answers typed are kept, sent, and
 * stored exactly once; a reply the focal point changed meanwhile is merged; a link that ended
 * meanwhile loses nothing silently.
 */
@ExtendWith(StackExtension.class)
class OfflineReplyIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en|No connection|Submitted on this device, will be sent when you are back online.|Submitted: sent on",
                "fr|Pas de connexion|Soumis sur cet appareil, sera envoyé dès votre retour en ligne.|Soumis : envoyé le"
            })
    void aReplyFilledInAndSubmittedOfflineIsStoredOnceWhenTheConnectionIsBack(
            String language, String offline, String queued, String sent, SurveyStack stack) throws Exception {
        Invited participant = new TestRounds(stack).invite(language).get(0);
        try (FlakyLink link = new FlakyLink(java.net.URI.create(participant.link()));
                Browser browser = new Browser(language)) {
            String address = link.through(participant.link());
            LinkedQuestionnairePage.open(browser, address);
            awaitKeptForOffline(browser);

            // No network: the page opens from the service worker's copy and is filled in.
            link.set(FlakyLink.Mode.REFUSE);
            browser.driver().navigate().refresh();
            LinkedQuestionnairePage page =
                    LinkedQuestionnairePage.expect(browser).awaitWhere(offline);
            Axe.assertCleanOnLaptopAndPhone(browser, "offline");
            page.type("colleaguesLearned", "12")
                    .type("lessonsUsed", "Risk profiles are shared with the ports")
                    .click("directEffects-yes")
                    .type("directEffectsText", "Fewer physical inspections")
                    .submit()
                    .awaitWhere(queued);
            assertThat(browser.driver().findElement(By.id("where")).getAttribute("role"))
                    .isEqualTo("status");
            Axe.assertCleanOnLaptopAndPhone(browser, "queued");

            // Typed answers survive closing the page while offline.
            browser.driver().navigate().refresh();
            page = LinkedQuestionnairePage.expect(browser).awaitWhere(queued);
            assertThat(page.value("lessonsUsed")).isEqualTo("Risk profiles are shared with the ports");

            link.set(FlakyLink.Mode.PASS);
            page.awaitWhere(sent);
        }
        JsonObject reply = reply(stack, participant);
        assertThat(reply.getString("status")).isEqualTo("SUBMITTED");
        assertThat(reply.getJsonObject("answers").getInt("colleaguesLearned")).isEqualTo(12);
        assertThat(reply.getJsonObject("answers").getString("directEffects")).isEqualTo("YES");
        assertThat(savesThroughTheLink(stack, participant))
                .as("one save through the link, however often it was sent: the reply created as submitted")
                .containsExactly("created");
    }

    @Test
    void aSubmissionWhoseAnswerIsLostIsNotStoredTwice(SurveyStack stack) throws Exception {
        Invited participant = new TestRounds(stack).invite("en").get(0);
        try (FlakyLink link = new FlakyLink(java.net.URI.create(participant.link()));
                Browser browser = new Browser()) {
            LinkedQuestionnairePage page = LinkedQuestionnairePage.open(browser, link.through(participant.link()));
            page.type("lessonsUsed", "Post-clearance audits use the new risk criteria");

            // The server takes the submission; its answer never reaches the browser.
            link.set(FlakyLink.Mode.SWALLOW_ANSWERS);
            page.submit();
            browser.waiting().until(d -> link.swallowed() > 0);
            page.awaitWhere("will be sent when you are back online");

            // The page sends again with the same key: the server gives back its receipt (a second save
            // would be refused, the link being used) and the page says the reply is in.
            link.set(FlakyLink.Mode.PASS);
            page.awaitWhere("Submitted: sent on");
        }
        assertThat(reply(stack, participant).getString("status")).isEqualTo("SUBMITTED");
        assertThat(savesThroughTheLink(stack, participant))
                .as("one save through the link, however often it was sent: the reply created as submitted")
                .containsExactly("created");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en|Sent on|will be sent when you are back online|Q2. How are the lessons learned used in your"
                        + " administration?|'Keep yours: '|'Take the recorded one: '",
                "fr|Envoyé le|sera envoyé dès votre retour en ligne|Q2. Comment les enseignements sont-ils utilisés"
                        + " dans votre administration ?|'Garder la vôtre : '|'Prendre celle saisie : '"
            })
    void answersChangedOfflineAndByTheFocalPointMeanwhileAreMergedAskingOnlyAboutBoth(
            String language, String sent, String queued, String q2, String yours, String theirs, SurveyStack stack)
            throws Exception {
        Invited participant = new TestRounds(stack).invite(language).get(0);
        try (FlakyLink link = new FlakyLink(java.net.URI.create(participant.link()));
                Browser browser = new Browser(language)) {
            LinkedQuestionnairePage page = LinkedQuestionnairePage.open(browser, link.through(participant.link()));
            page.type("lessonsUsed", "First thoughts")
                    .type("directEffectsText", "None yet")
                    .saveDraft()
                    .awaitWhere(sent);

            link.set(FlakyLink.Mode.REFUSE);
            page.type("lessonsUsed", "Mine: risk profiles at the ports")
                    .type("directEffectsText", "Mine: fewer inspections")
                    .saveDraft()
                    .awaitWhere(queued);

            // Meanwhile Fiji's focal point records part of the reply from the participant's phone call.
            JsonObject draft = reply(stack, participant);
            JsonObjectBuilder answers = Json.createObjectBuilder(draft.getJsonObject("answers"))
                    .add("lessonsUsed", "Theirs: as said on the phone")
                    .add("efficiencyText", "Theirs: clearance is two days faster");
            HttpResponse<String> recorded = ApiClient.as(stack, DemoUser.FOCAL_POINT_FJI)
                    .put(
                            "participants/" + participant.participant() + "/reply",
                            Json.createObjectBuilder()
                                    .add("version", draft.getJsonNumber("version"))
                                    .add("submit", false)
                                    .add("answers", answers)
                                    .add("inHouseWorkshops", Json.createArrayBuilder())
                                    .build()
                                    .toString());
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);

            // Back online: the send is refused as stale, and only Q2, changed on both sides, is asked about.
            link.set(FlakyLink.Mode.PASS);
            browser.waiting().until(d -> d.findElement(By.id("merge")).isDisplayed());
            List<String> asked = browser.driver().findElements(By.cssSelector("#merge-questions legend")).stream()
                    .map(e -> e.getText())
                    .toList();
            assertThat(asked).containsExactly(q2);
            assertThat(browser.driver().findElement(By.id("merge-questions")).getText())
                    .contains(yours + "Mine: risk profiles at the ports")
                    .contains(theirs + "Theirs: as said on the phone");
            Axe.assertCleanOnLaptopAndPhone(browser, "merge");
            browser.driver()
                    .findElement(By.cssSelector("label[for='merge-0-mine']"))
                    .click();
            browser.driver().findElement(By.id("merge-apply")).click();
            page.awaitWhere(sent);
        }
        JsonObject answers = reply(stack, participant).getJsonObject("answers");
        assertThat(answers.getString("lessonsUsed")).isEqualTo("Mine: risk profiles at the ports");
        assertThat(answers.getString("directEffectsText")).isEqualTo("Mine: fewer inspections");
        assertThat(answers.getString("efficiencyText")).isEqualTo("Theirs: clearance is two days faster");
    }

    @Test
    void aLinkWithdrawnWhileOfflineSaysSoAndOffersTheAnswersAsAFile(SurveyStack stack) throws Exception {
        TestRounds rounds = new TestRounds(stack);
        Invited participant = rounds.invite("en").get(0);
        try (FlakyLink link = new FlakyLink(java.net.URI.create(participant.link()));
                Browser browser = new Browser()) {
            LinkedQuestionnairePage page = LinkedQuestionnairePage.open(browser, link.through(participant.link()));
            link.set(FlakyLink.Mode.REFUSE);
            page.type("lessonsUsed", "Typed on the plane").submit().awaitWhere("will be sent when you are back online");

            rounds.revoke(participant);
            link.set(FlakyLink.Mode.PASS);
            browser.waiting().until(d -> d.findElement(By.id("link-refused")).isDisplayed());
            assertThat(browser.driver().findElement(By.id("link-refused")).getText())
                    .contains("This link has been withdrawn by the ROCB A/P.")
                    .contains("download them as a file");
            Axe.assertCleanOnLaptopAndPhone(browser, "ended");
            browser.driver().findElement(By.id("download-answers")).click();
            String file = Files.readString(browser.downloaded("answers-" + participant.workshop() + ".txt"));
            assertThat(file)
                    .contains("My answers to the follow-up questionnaire")
                    .contains("Q2. How are the lessons learned used in your administration?: Typed on the plane");
        }
        assertThat(ApiClient.as(stack, DemoUser.ROCB_STAFF)
                        .get("participants/" + participant.participant() + "/reply")
                        .statusCode())
                .as("nothing was saved through the withdrawn link")
                .isEqualTo(404);
    }

    @Test
    void theQuestionnaireIsAnsweredAndSubmittedByKeyboardAlone(SurveyStack stack) {
        Invited participant = new TestRounds(stack).invite("en").get(0);
        try (Browser browser = new Browser()) {
            LinkedQuestionnairePage page = LinkedQuestionnairePage.open(browser, participant.link());
            org.openqa.selenium.interactions.Actions keys =
                    new org.openqa.selenium.interactions.Actions(browser.driver());
            for (int tab = 0;
                    tab < 10
                            && !"sharedMaterials"
                                    .equals(browser.driver()
                                            .switchTo()
                                            .activeElement()
                                            .getDomAttribute("id"));
                    tab++) {
                keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
            }
            assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id"))
                    .as("the first answer is reached by Tab")
                    .isEqualTo("sharedMaterials");
            keys.sendKeys(org.openqa.selenium.Keys.SPACE)
                    .sendKeys(org.openqa.selenium.Keys.TAB)
                    .sendKeys("4")
                    .sendKeys(org.openqa.selenium.Keys.ENTER)
                    .perform();
            page.awaitWhere("Submitted: sent on");
        }
        JsonObject answers = reply(stack, participant).getJsonObject("answers");
        assertThat(answers.getBoolean("sharedMaterials")).isTrue();
        assertThat(answers.getInt("colleaguesShared")).isEqualTo(4);
    }

    /** Waits until the service worker has kept the page and its resources. */
    private static void awaitKeptForOffline(Browser browser) {
        browser.waiting()
                .until(d -> "true"
                        .equals(((JavascriptExecutor) d)
                                .executeScript("return document.documentElement.dataset.offlineReady;")));
    }

    private static JsonObject reply(SurveyStack stack, Invited participant) {
        HttpResponse<String> response =
                ApiClient.as(stack, DemoUser.ROCB_STAFF).get("participants/" + participant.participant() + "/reply");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.object(response);
    }

    /** What the audit trail recorded of the saves made through the participant's link, oldest first. */
    private static List<String> savesThroughTheLink(SurveyStack stack, Invited participant) {
        List<JsonObject> entries = ApiClient.json(ApiClient.as(stack, DemoUser.ROCB_STAFF)
                        .get("audit?max=1000")
                        .body())
                .asJsonArray()
                .getValuesAs(JsonObject.class);
        List<String> saves = entries.stream()
                .filter(e -> e.getString("actor").equals("reply link of " + participant.email()))
                .filter(e -> e.getString("subject").equals("Reply"))
                .map(e -> e.getString("action"))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        java.util.Collections.reverse(saves);
        return saves;
    }
}

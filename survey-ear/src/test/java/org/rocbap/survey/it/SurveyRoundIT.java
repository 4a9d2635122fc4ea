package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.rocbap.survey.it.pages.LinkedQuestionnairePage;
import org.rocbap.survey.stack.SurveyStack;

/**
 * A survey round that runs itself, on the real stack with the server's clock moved and GreenMail as
 * the SMTP server: a workshop ends; six months later every participant receives the questionnaire
 * with a personal link; one answers through it, without an account; reminders reach only the others;
 * after the due date they are told it is still open, and a late reply counts as late; closing the
 * round sends every participant the feedback, even while the SMTP server is down, exactly once when
 * it is back. A guessed, altered, revoked, used or expired link opens nothing.
 */
@ExtendWith(StackExtension.class)
class SurveyRoundIT {

    private SurveyStack stack;

    @Test
    void aRoundSendsInvitesRemindsAndFeedsBack(SurveyStack stack) throws Exception {
        this.stack = stack;
        // A fiscal year of its own, so that no other test's workshop is in the round; one whose
        // questionnaire day (and so due date) is a Tuesday, since mail waits for working days.
        int year = yearWhoseQuestionnaireGoesOnATuesday();
        String fiscalYear = year + "-" + String.format("%02d", (year + 1) % 100);
        String code = "IT-RND-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        LocalDate workshopEnd = LocalDate.of(year, 9, 7);
        LocalDate invitationDay = workshopEnd.plusMonths(6);
        LocalDate due = invitationDay.plusDays(28);

        ApiClient staff = staff();
        created(staff.post(
                "workshops", """
                {"code": "%s", "title": "Regional Workshop on Data Analytics", "fiscalYear": "%s",
                 "startDate": "%s", "endDate": "%s", "venue": "Nadi", "accreditation": false}""".formatted(code, fiscalYear.replace('-', '/'), workshopEnd.minusDays(4), workshopEnd)));
        Map<String, Long> participants = new LinkedHashMap<>();
        Map<String, Mailbox> mail = new LinkedHashMap<>();
        // D reads French.
        for (String[] p :
                new String[][] {{"A", "FJI", "en"}, {"B", "WSM", "en"}, {"C", "TON", "en"}, {"D", "FJI", "fr"}}) {
            String email = "round-" + p[0].toLowerCase() + "-"
                    + UUID.randomUUID().toString().substring(0, 8) + "@customs.example";
            JsonObject added = ApiClient.object(
                    created(staff.post("workshops/" + code + "/participants", """
                    {"administration": "%s", "name": "Participant %s", "email": "%s", "language": "%s"}""".formatted(p[1], p[0], email, p[2]))));
            participants.put(p[0], added.getJsonNumber("id").longValue());
            mail.put(p[0], new Mailbox(stack, email));
        }
        Map<String, Mailbox> focalPoints = Map.of(
                "FJI", new Mailbox(stack, DemoUser.FOCAL_POINT_FJI.username + "@demo.rocb-survey.test"),
                "WSM", new Mailbox(stack, DemoUser.FOCAL_POINT_WSM.username + "@demo.rocb-survey.test"));
        Map<String, Mailbox> managers = Map.of(
                "FJI", new Mailbox(stack, DemoUser.MANAGER_FJI.username + "@demo.rocb-survey.test"),
                "WSM", new Mailbox(stack, DemoUser.MANAGER_WSM.username + "@demo.rocb-survey.test"));
        ok(staff.put("rounds/" + fiscalYear + "/survey", """
                {"opensOn": "%s", "closesOn": "%s"}""".formatted(
                        LocalDate.of(year, 7, 1), LocalDate.of(year + 1, 6, 30))));
        JsonObject opened = ApiClient.object(ok(staff.post("rounds/" + fiscalYear + "/survey/opening", "")));
        assertThat(opened.getString("state")).isEqualTo("OPEN");
        assertThat(opened.getJsonArray("reminderDays").toString()).isEqualTo("[7,1]");

        try {
            settleEarlierYears(workshopEnd);
            // A month after the workshop no mission report is filed: each participant is told, and each
            // manager (read from Keycloak) gets the list of their administration's; Tonga has no manager.
            // That day is a Friday or a Saturday, and the schedule runs at 18:00 in Fiji, 19:00 in Samoa
            // and Tonga: the mail waits for Monday morning in each of them.
            LocalDate reportNotices = workshopEnd.plusDays(31);
            moveClockTo(reportNotices.atTime(6, 0).atOffset(ZoneOffset.UTC));
            JsonObject reportsDue = run();
            assertThat(reportsDue.getInt("invitations")).isZero();
            assertThat(reportsDue.getInt("notices")).isEqualTo(4 + 2);
            assertThat(run().getInt("notices")).isZero();
            LocalDate monday = reportNotices.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            Map<String, String> nineOnMonday = Map.of(
                    "FJI",
                            monday.atTime(9, 0)
                                    .atOffset(ZoneOffset.ofHours(12))
                                    .toInstant()
                                    .toString(),
                    "WSM",
                            monday.atTime(9, 0)
                                    .atOffset(ZoneOffset.ofHours(13))
                                    .toInstant()
                                    .toString(),
                    "TON",
                            monday.atTime(9, 0)
                                    .atOffset(ZoneOffset.ofHours(13))
                                    .toInstant()
                                    .toString());
            for (JsonObject waiting : list("rounds/" + fiscalYear + "/survey/mail")) {
                String administration = waiting.getString("recipient").contains(".wsm")
                                || waiting.getString("recipient").startsWith("round-b-")
                        ? "WSM"
                        : waiting.getString("recipient").startsWith("round-c-") ? "TON" : "FJI";
                assertThat(waiting.getString("state")).isEqualTo("PENDING");
                assertThat(OffsetDateTime.parse(waiting.getString("nextAttemptAt"))
                                .toInstant()
                                .toString())
                        .as(waiting.toString())
                        .isEqualTo(nineOnMonday.get(administration));
            }
            Thread.sleep(3000);
            assertThat(mail.get("A").messages())
                    .as("nothing is sent out of working hours")
                    .isEmpty();
            moveClock(monday);
            for (Mailbox box : mail.values()) {
                box.await(m -> m.event().startsWith("reportMissing:"), "the notice of the missing mission report");
            }
            assertThat(managers.get("FJI")
                            .await(m -> m.event().startsWith("reportsMissing:" + code), "the list")
                            .body())
                    .contains("- Participant A\n- Participant D");
            assertThat(managers.get("WSM")
                            .await(m -> m.event().startsWith("reportsMissing:" + code), "the list")
                            .body())
                    .contains("- Participant B")
                    .doesNotContain("Participant A");

            // The day before the six months are up, no questionnaire goes.
            moveClock(invitationDay.minusDays(1));
            assertThat(run().getInt("invitations")).isZero();
            assertThat(list("rounds/" + fiscalYear + "/survey/invitations")).isEmpty();

            // Six months after the workshop every participant is invited, once however often the timer fires.
            moveClock(invitationDay);
            assertThat(run().getInt("invitations")).isEqualTo(4);
            assertThat(run().getInt("invitations")).isZero();
            Map<String, String> links = new LinkedHashMap<>();
            for (Map.Entry<String, Mailbox> box : mail.entrySet()) {
                Mailbox.Received invitation =
                        box.getValue().await(m -> m.event().startsWith("invitation:"), "the invitation");
                assertThat(invitation.body()).contains("Regional Workshop on Data Analytics");
                if (box.getKey().equals("D")) {
                    assertThat(invitation.subject()).startsWith("Questionnaire :");
                    assertThat(invitation.body())
                            .contains("Bonjour Participant D")
                            .contains("avant le " + day(due, Locale.FRENCH));
                } else {
                    assertThat(invitation.body())
                            .contains("Dear Participant " + box.getKey())
                            .contains("by " + day(due, Locale.ENGLISH));
                }
                links.put(box.getKey(), invitation.link());
            }
            assertThat(links.values()).doesNotHaveDuplicates();

            // Fiji has a project under way: its questionnaire asks where it has got to.
            String project = "Container scanning " + code;
            long projectId = ApiClient.object(created(staff().post("projects", """
                            {"administration": "FJI", "title": "%s", "status": "IN_PROGRESS", "workshops": ["%s"]}""".formatted(project, code))))
                    .getJsonNumber("id")
                    .longValue();

            // A updates the project on the full questionnaire, which the light page links to.
            try (Browser browser = new Browser()) {
                browser.open(Mailbox.fullPage(links.get("A")));
                browser.waiting()
                        .until(d -> !d.findElements(By.id("reply:lessonsUsed")).isEmpty());
                assertThat(browser.driver().findElements(By.id("menu"))).isEmpty();
                browser.choose(
                        browser.driver()
                                .findElement(
                                        By.xpath("//div[contains(@class,'project-row')][.//label[normalize-space(.)='"
                                                + project + "']]//div[contains(@class,'ui-selectonemenu')]")),
                        "Completed");
                browser.driver()
                        .findElement(By.cssSelector("[aria-label='Update: " + project + "']"))
                        .click();
                browser.waiting()
                        .ignoring(StaleElementReferenceException.class)
                        .until(d -> d.findElement(By.id("messages")).getText().contains("is updated"));
            }
            // A answers through the link, with no account: typed answers are kept, then submitted.
            try (Browser browser = new Browser()) {
                LinkedQuestionnairePage page = LinkedQuestionnairePage.open(browser, links.get("A"));
                browser.screenshot("personal-link");
                Axe.assertCleanOnLaptopAndPhone(browser, "personal link");
                assertThat(text(browser, "reply-responder")).isEqualTo("Participant A");
                assertThat(text(browser, "reply-due")).isEqualTo(day(due, Locale.ENGLISH));
                assertThat(browser.driver().findElements(By.id("menu"))).isEmpty();
                page.type("colleaguesLearned", "25")
                        .type("lessonsUsed", "Data analytics now selects the cargo we inspect");
                page.awaitWhere("Saved on this device");
                page.submit().awaitWhere("Submitted: sent on");
            }
            assertThat(ApiClient.object(ok(staff().get("projects/" + projectId)))
                            .getString("status"))
                    .isEqualTo("COMPLETED");
            JsonObject replyOfA = ApiClient.object(ok(staff().get("participants/" + participants.get("A") + "/reply")));
            assertThat(replyOfA.getString("status")).isEqualTo("SUBMITTED");
            assertThat(replyOfA.getBoolean("late")).isFalse();
            assertThat(replyOfA.getJsonObject("answers").getInt("colleaguesLearned"))
                    .isEqualTo(25);

            // A week before the due date, reminders reach only those who have not replied.
            // The focal points get the list of their administration's participants who have not replied.
            moveClock(due.minusDays(7));
            JsonObject weekBefore = run();
            assertThat(weekBefore.getInt("reminders")).isEqualTo(3);
            assertThat(weekBefore.getInt("notices")).isEqualTo(2);
            assertThat(run().getInt("reminders")).isZero();
            // The demo focal points' and managers' mailboxes also hold the lists of other tests' rounds.
            assertThat(focalPoints
                            .get("FJI")
                            .await(
                                    m -> m.event().startsWith("nonRepliers:")
                                            && m.body().contains(code),
                                    "the list")
                            .body())
                    .contains("Participant D")
                    .doesNotContain("Participant A")
                    .contains(code);
            assertThat(focalPoints
                            .get("WSM")
                            .await(
                                    m -> m.event().startsWith("nonRepliers:")
                                            && m.body().contains(code),
                                    "the list")
                            .body())
                    .contains("Participant B");
            for (String who : List.of("B", "C", "D")) {
                assertThat(mail.get(who)
                                .await(
                                        // reminder:<invitation>:<days before>; a mission report notice
                                        // of participant 7 also ends in ":7".
                                        m -> m.event().startsWith("reminder:")
                                                && m.event().endsWith(":7"),
                                        "the reminder")
                                .body())
                        .contains(who.equals("D") ? "dans 7 jours" : "in 7 days")
                        .contains(links.get(who));
            }

            // Staff withdraw C's link; after the due date B and D are told the questionnaire is still open.
            long invitationOfC = list("rounds/" + fiscalYear + "/survey/invitations").stream()
                    .filter(i -> i.getJsonNumber("participant").longValue() == participants.get("C"))
                    .findFirst()
                    .orElseThrow()
                    .getJsonNumber("id")
                    .longValue();
            ok(staff().post("rounds/" + fiscalYear + "/survey/invitations/" + invitationOfC + "/revocation", ""));
            moveClock(due.plusDays(1));
            JsonObject dayAfter = run();
            assertThat(dayAfter.getInt("reminders")).isEqualTo(2);
            // ... and the managers that they did not reply in time.
            assertThat(dayAfter.getInt("notices")).isEqualTo(2);
            assertThat(managers.get("FJI")
                            .await(
                                    m -> m.event().startsWith("nonRepliersLate:")
                                            && m.body().contains(code),
                                    "the list")
                            .body())
                    .contains("Participant D")
                    .doesNotContain("Participant A");
            assertThat(managers.get("WSM")
                            .await(
                                    m -> m.event().startsWith("nonRepliersLate:")
                                            && m.body().contains(code),
                                    "the list")
                            .body())
                    .contains("Participant B");
            mail.get("B").await(m -> m.subject().contains("still open"), "the notice after the due date");
            mail.get("D").await(m -> m.event().startsWith("overdue:"), "the notice after the due date");

            // B answers late: it counts, and counts as late.
            try (Browser browser = new Browser()) {
                LinkedQuestionnairePage.open(browser, links.get("B")).submit().awaitWhere("Submitted: sent on");
            }
            assertThat(ApiClient.object(ok(staff().get("participants/" + participants.get("B") + "/reply")))
                            .getBoolean("late"))
                    .isTrue();
            // Data to check names B's reply, late against the due date its invitation gave, and not A's.
            String warnings = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(stack.settings().applicationUrl()
                                            + "dashboard/export?table=warnings&format=csv&fy=" + fiscalYear))
                                    .header("Authorization", "Bearer " + ApiClient.token(stack, DemoUser.ROCB_HEAD))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertThat(warnings.lines().filter(line -> line.contains("after the due date")))
                    .singleElement()
                    .satisfies(line -> assertThat(line)
                            .startsWith("One reply was submitted after the due date")
                            .contains("Participant B, " + code));
            // Fiji's focal point records that D cannot be reached: the net reply rate leaves D out. Samoa's
            // focal point and Fiji's manager may not.
            try (Browser browser = signedIn(
                    DemoUser.FOCAL_POINT_FJI, "questionnaire/reply.xhtml?participant=" + participants.get("D"))) {
                browser.waiting()
                        .until(d ->
                                !d.findElements(By.id("nonresponse:explain")).isEmpty());
                browser.choose(browser.driver().findElement(By.id("nonresponse:nonResponse")), "Unreachable");
                browser.driver()
                        .findElement(By.id("nonresponse:nonResponseNote"))
                        .sendKeys("Mailbox closed");
                browser.driver().findElement(By.id("nonresponse:explain")).click();
                browser.waiting()
                        .ignoring(StaleElementReferenceException.class)
                        .until(d -> d.findElement(By.id("messages")).getText().contains("cannot reply is recorded"));
            }
            String excuse = "{\"reason\": \"RETIRED\"}";
            String invitationOfD = "participants/" + participants.get("D") + "/invitation";
            assertThat(ApiClient.as(stack, DemoUser.FOCAL_POINT_WSM)
                            .put(invitationOfD + "/non-response", excuse)
                            .statusCode())
                    .isEqualTo(404);
            assertThat(ApiClient.as(stack, DemoUser.MANAGER_FJI)
                            .put(invitationOfD + "/non-response", excuse)
                            .statusCode())
                    .isEqualTo(403);
            JsonObject excused = ApiClient.object(ok(staff().get(invitationOfD)));
            assertThat(excused.getString("nonResponse")).isEqualTo("UNREACHABLE");
            assertThat(excused.getString("nonResponseNote")).isEqualTo("Mailbox closed");
            JsonObject rates = ApiClient.object(ok(staff().get("rounds/" + fiscalYear + "/survey/reply-rates")));
            assertThat(rates.getInt("invited")).isEqualTo(4);
            assertThat(rates.getInt("replied")).isEqualTo(2);
            assertThat(rates.getInt("excused")).isEqualTo(1);
            assertThat(rates.getJsonNumber("raw").doubleValue()).isEqualTo(0.5);
            assertThat(rates.getJsonNumber("net").doubleValue())
                    .isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));

            // Mail reached each participant once per event: A the report notice and the invitation only; C
            // nothing after the revocation.
            assertThat(mail.get("A").messages()).hasSize(2);
            assertThat(mail.get("C").messages()).hasSize(3);
            assertThat(mail.get("B").messages()).hasSize(4);

            // Links that open nothing show no one's data.
            String tampered = links.get("D").substring(0, links.get("D").length() - 1)
                    + (links.get("D").endsWith("A") ? "B" : "A");
            String guessed = links.get("D").replaceAll("token=.*", "token=" + "x".repeat(43));
            assertRefused(links.get("A"), 410, "has been answered and submitted");
            assertRefused(links.get("C"), 410, "has been withdrawn");
            assertRefused(tampered, 404, "does not open a questionnaire");
            assertRefused(guessed, 404, "does not open a questionnaire");
            assertRefused(
                    links.get("D").replaceAll("token=.*", "token=%27%20OR%201=1--"),
                    404,
                    "does not open a questionnaire");

            // The SMTP server is down when staff close the round: the feedback waits, nothing is lost.
            stack.stopMail();
            JsonObject closed = ApiClient.object(ok(staff().post("rounds/" + fiscalYear + "/survey/closing", "")));
            assertThat(closed.getString("state")).isEqualTo("CLOSED");
            awaitFeedback(fiscalYear, f -> f.getInt("attempts") > 0 && "PENDING".equals(f.getString("state")));
            stack.restartMail();
            // Past the retry's pause (the clock moves; the outbox waits by it).
            moveClock(due.plusDays(2));
            awaitFeedback(fiscalYear, f -> "SENT".equals(f.getString("state")));
            for (Map.Entry<String, Mailbox> box : mail.entrySet()) {
                Mailbox.Received feedback =
                        box.getValue().await(m -> m.event().startsWith("feedback:"), "the feedback");
                // Table 1's row: 3 administrations took part, 2 replied (67 %, written the reader's way);
                // the same tables come as a spreadsheet.
                assertThat(feedback.body()).contains(code + " | 3 | 2 | 67");
                assertThat(feedback.attachments())
                        .containsKey("tables-fy" + fiscalYear + ".csv")
                        .extractingByKey("tables-fy" + fiscalYear + ".csv")
                        .asString()
                        .contains("\"" + code + "\",\"Regional Workshop on Data Analytics\",3,2,0.6667,2,");
            }
            Thread.sleep(5000);
            for (Mailbox box : mail.values()) {
                assertThat(box.messages())
                        .as("each feedback delivered exactly once")
                        .hasSize(1);
            }

            // D's link lasts until two weeks after the round closed, then expires.
            moveClock(LocalDate.of(year + 1, 7, 15));
            assertRefused(links.get("D"), 410, "has expired");
        } finally {
            moveClockTo(null);
        }
    }

    @Test
    void aQuestionnaireHandedOverToASuccessorIsAnsweredOnceForTheParticipant(SurveyStack stack) throws Exception {
        this.stack = stack;
        int year = yearWhoseQuestionnaireGoesOnATuesday();
        String fiscalYear = year + "-" + String.format("%02d", (year + 1) % 100);
        String code = "IT-SUC-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        LocalDate workshopEnd = LocalDate.of(year, 9, 7);
        created(staff().post("workshops", """
                {"code": "%s", "title": "Regional Workshop on Transit", "fiscalYear": "%s",
                 "startDate": "%s", "endDate": "%s", "venue": "Suva", "accreditation": false}""".formatted(
                        code, fiscalYear.replace('-', '/'), workshopEnd.minusDays(4), workshopEnd)));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Long> participants = new LinkedHashMap<>();
        for (String who : List.of("P", "Q")) {
            participants.put(
                    who,
                    ApiClient.object(created(staff().post("workshops/" + code + "/participants", """
                            {"administration": "FJI", "name": "Officer %s", "email": "officer-%s-%s@customs.example", "language": "en"}""".formatted(
                                            who, who.toLowerCase(), suffix))))
                            .getJsonNumber("id")
                            .longValue());
        }
        Mailbox officerP = new Mailbox(stack, "officer-p-" + suffix + "@customs.example");
        String successorAddress = "successor-" + suffix + "@customs.example";
        Mailbox successor = new Mailbox(stack, successorAddress);
        ok(staff().put("rounds/" + fiscalYear + "/survey", """
                {"opensOn": "%s", "closesOn": "%s"}""".formatted(
                        LocalDate.of(year, 7, 1), LocalDate.of(year + 1, 6, 30))));
        ok(staff().post("rounds/" + fiscalYear + "/survey/opening", ""));
        try {
            settleEarlierYears(workshopEnd);
            LocalDate invitationDay = workshopEnd.plusMonths(6);
            moveClock(invitationDay);
            assertThat(run().getInt("invitations")).isEqualTo(2);
            String linkOfP = officerP.await(m -> m.event().startsWith("invitation:"), "the invitation")
                    .link();

            // P was transferred: Fiji's focal point hands the questionnaire over to P's successor.
            moveClock(invitationDay.plusDays(7));
            try (Browser browser = signedIn(
                    DemoUser.FOCAL_POINT_FJI, "questionnaire/reply.xhtml?participant=" + participants.get("P"))) {
                browser.waiting()
                        .until(d ->
                                !d.findElements(By.id("nonresponse:handOver")).isEmpty());
                assertThat(text(browser, "nonresponse:recipient")).contains("Officer P");
                browser.choose(
                        browser.driver().findElement(By.id("nonresponse:nonResponse")), "Transferred to other duties");
                browser.driver().findElement(By.id("nonresponse:successorName")).sendKeys("Officer S");
                browser.driver()
                        .findElement(By.id("nonresponse:successorEmail"))
                        .sendKeys(successorAddress);
                browser.driver().findElement(By.id("nonresponse:handOver")).click();
                browser.waiting()
                        .ignoring(StaleElementReferenceException.class)
                        .until(d -> d.findElement(By.id("messages")).getText().contains("is handed over to Officer S"));
                assertThat(text(browser, "nonresponse:recipient"))
                        .contains("Officer S")
                        .contains(successorAddress);
                Axe.assertCleanOnLaptopAndPhone(browser, "personal link");
            }
            Mailbox.Received handedOver =
                    successor.await(m -> m.event().startsWith("invitation:"), "the successor's invitation");
            assertThat(handedOver.body())
                    .contains("Dear Officer S")
                    .contains("Officer P took part in the Regional Workshop on Transit")
                    .contains("by " + day(invitationDay.plusDays(7 + 28), Locale.ENGLISH));
            assertThat(handedOver.link()).isNotEqualTo(linkOfP);
            assertRefused(linkOfP, 410, "has been withdrawn");

            // Only Fiji's focal point (or staff) hands over, and only to someone else, once the reason is given.
            String path = "participants/" + participants.get("Q") + "/invitation/successor";
            String handover = """
                    {"name": "Officer R", "email": "r-%s@customs.example", "language": "fr", "reason": "RETIRED"}""".formatted(suffix);
            assertThat(ApiClient.as(stack, DemoUser.FOCAL_POINT_WSM)
                            .post(path, handover)
                            .statusCode())
                    .isEqualTo(404);
            for (DemoUser notAllowed : List.of(DemoUser.MANAGER_FJI, DemoUser.ROCB_HEAD)) {
                assertThat(ApiClient.as(stack, notAllowed).post(path, handover).statusCode())
                        .as(notAllowed.name())
                        .isEqualTo(403);
            }
            HttpResponse<String> refused =
                    ApiClient.as(stack, DemoUser.FOCAL_POINT_FJI).post(path, """
                    {"name": " ", "email": "officer-q-%s@customs.example", "language": "de"}""".formatted(suffix));
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.body())
                    .contains("/successorName", "/successorEmail", "/successorLanguage", "/nonResponse");
            assertThat(ApiClient.object(ok(staff().get("participants/" + participants.get("Q") + "/invitation")))
                            .getString("recipientName"))
                    .as("a refused handover changes nothing")
                    .isEqualTo("Officer Q");

            // The successor answers through their link: the reply is P's, counted once.
            try (Browser browser = new Browser()) {
                LinkedQuestionnairePage.open(browser, handedOver.link())
                        .submit()
                        .awaitWhere("Submitted: sent on");
            }
            JsonObject replyOfP = ApiClient.object(ok(staff().get("participants/" + participants.get("P") + "/reply")));
            assertThat(replyOfP.getString("status")).isEqualTo("SUBMITTED");
            assertThat(replyOfP.getBoolean("late")).isFalse();
            JsonObject rates = ApiClient.object(ok(staff().get("rounds/" + fiscalYear + "/survey/reply-rates")));
            assertThat(rates.getInt("invited")).isEqualTo(2);
            assertThat(rates.getInt("replied")).isEqualTo(1);
            assertThat(rates.getInt("excused")).isZero();
            JsonObject row = ApiClient.object(ok(staff().get("rounds/" + fiscalYear + "/summary")))
                    .getJsonArray("workshops")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(w -> w.getString("code").equals(code))
                    .findFirst()
                    .orElseThrow();
            assertThat(row.getInt("participatingAdministrations")).isEqualTo(1);
            assertThat(row.getInt("replyingAdministrations")).isEqualTo(1);
            assertThat(row.getInt("replies")).isEqualTo(1);
            assertThat(list("rounds/" + fiscalYear + "/survey/invitations").stream()
                            .filter(i -> i.getJsonNumber("participant").longValue() == participants.get("P"))
                            .map(i -> i.getString("recipientName") + (i.getBoolean("superseded") ? " (replaced)" : "")))
                    .containsExactlyInAnyOrder("Officer P (replaced)", "Officer S");
            assertThat(ApiClient.as(stack, DemoUser.FOCAL_POINT_FJI)
                            .post("participants/" + participants.get("P") + "/invitation/successor", handover)
                            .statusCode())
                    .as("nothing to hand over once the reply is in")
                    .isEqualTo(422);

            // Reminders and the lists go to the successor's questionnaire no more, and never to P.
            moveClock(invitationDay.plusDays(28 - 7));
            run();
            assertThat(officerP.messages()).hasSize(1);
        } finally {
            moveClockTo(null);
        }
    }

    @Test
    void aManagerWhoAsksGetsAWeeklyDigestOfTheirAdministrationsCompliance(SurveyStack stack) throws Exception {
        this.stack = stack;
        int year = freshYear(y -> true);
        String code = "IT-DIG-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        LocalDate workshopEnd = LocalDate.of(year, 9, 7);
        created(staff().post("workshops", """
                {"code": "%s", "title": "Workshop on Rules of Origin", "fiscalYear": "%s",
                 "startDate": "%s", "endDate": "%s", "venue": "Suva", "accreditation": false}""".formatted(
                code, year + "/" + String.format("%02d", (year + 1) % 100), workshopEnd.minusDays(4), workshopEnd)));
        created(staff().post("workshops/" + code + "/participants", """
                {"administration": "FJI", "name": "Officer Digest", "email": "digest-%s@customs.example"}""".formatted(
                        UUID.randomUUID().toString().substring(0, 8))));
        String manager = DemoUser.MANAGER_FJI.username;
        Mailbox inbox = new Mailbox(stack, manager + "@demo.rocb-survey.test");
        ApiClient managerApi = ApiClient.as(stack, DemoUser.MANAGER_FJI);
        try {
            // Fiji's manager ticks the weekly digest on the compliance page.
            try (Browser browser = signedIn(DemoUser.MANAGER_FJI, "compliance/overview.xhtml")) {
                browser.waiting()
                        .until(d -> !d.findElements(By.id("digest:weekly")).isEmpty());
                browser.driver()
                        .findElement(By.cssSelector("#digest\\:weekly .ui-chkbox-box"))
                        .click();
                browser.waiting()
                        .ignoring(StaleElementReferenceException.class)
                        .until(d -> d.findElement(By.id("messages")).getText().contains("weekly digest"));
                Axe.assertCleanOnLaptopAndPhone(browser, "personal link");
            }
            assertThat(ApiClient.object(ok(managerApi.get("compliance/digest"))).getBoolean("subscribed"))
                    .isTrue();
            for (DemoUser notAManager : List.of(DemoUser.FOCAL_POINT_FJI, DemoUser.ROCB_STAFF)) {
                assertThat(ApiClient.as(stack, notAManager)
                                .put("compliance/digest", "{\"subscribed\": true}")
                                .statusCode())
                        .as(notAManager.name())
                        .isEqualTo(403);
            }

            // Staff reword the digest in English (previewed with example values first); the mail uses it.
            String wording = "{\"subject\": \"Weekly: {1}, {2} to chase\", \"body\": \"Hello {0},\\n{3}\\nROCB\"}";
            JsonObject preview = ApiClient.object(ok(staff().post("mail-templates/digest/en/preview", wording)));
            assertThat(preview.getString("subject")).isEqualTo("Weekly: FJI, 1 to chase");
            assertThat(preview.getString("body")).startsWith("Hello Jone Vula,\n- Mere Silva");
            HttpResponse<String> unknown =
                    staff().put("mail-templates/digest/en", "{\"subject\": \"Weekly {7}\", \"body\": \"It's {0}\"}");
            assertThat(unknown.statusCode()).isEqualTo(422);
            assertThat(unknown.body()).contains("/subject", "no placeholder {7}", "/body", "apostrophe");
            HttpResponse<String> linkless = staff().put(
                            "mail-templates/invitation/en", "{\"subject\": \"Questionnaire\", \"body\": \"Dear {0}\"}");
            assertThat(linkless.statusCode()).isEqualTo(422);
            assertThat(linkless.body()).contains("The personal link ({5}) must stay");
            assertThat(ApiClient.as(stack, DemoUser.ROCB_HEAD)
                            .put("mail-templates/digest/en", wording)
                            .statusCode())
                    .isEqualTo(403);
            JsonObject saved = ApiClient.object(ok(staff().put("mail-templates/digest/en", wording)));
            assertThat(saved.getBoolean("reworded")).isTrue();
            assertThat(staff().put("mail-templates/digest/en", wording).statusCode())
                    .as("a second save must name the version it changes")
                    .isEqualTo(409);

            // The first calendar run of the week writes it, once; it lists what is outstanding.
            LocalDate tuesday = workshopEnd.plusMonths(2).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
            moveClock(tuesday);
            assertThat(run().getInt("digests")).isPositive();
            assertThat(run().getInt("digests")).isZero();
            String week = tuesday.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) + "-W"
                    + tuesday.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            Mailbox.Received digest =
                    inbox.await(m -> m.event().equals("digest:" + manager + ":" + week), "the digest");
            assertThat(digest.subject()).matches("Weekly: FJI, \\d+ to chase");
            assertThat(digest.body())
                    .startsWith("Hello ")
                    .contains("- Officer Digest, " + code + ": mission report missing (due "
                            + day(workshopEnd.plusDays(30), Locale.ENGLISH) + ")");
            assertThat(ApiClient.object(ok(staff().delete("mail-templates/digest/en")))
                            .getBoolean("reworded"))
                    .isFalse();

            // Unticked, it stops.
            assertThat(ApiClient.object(ok(managerApi.put("compliance/digest", "{\"subscribed\": false}")))
                            .getBoolean("subscribed"))
                    .isFalse();
            moveClock(tuesday.plusWeeks(1));
            assertThat(run().getInt("digests")).isZero();
        } finally {
            staff().delete("mail-templates/digest/en");
            managerApi.put("compliance/digest", "{\"subscribed\": false}");
            moveClockTo(null);
        }
    }

    @Test
    void staffPreviewAMailsNewWordsOnItsPage(SurveyStack stack) {
        this.stack = stack;
        try (Browser browser = signedIn(DemoUser.ROCB_STAFF, "round/mail.xhtml")) {
            browser.waiting().until(d -> !d.findElements(By.id("mail:preview")).isEmpty());
            browser.choose(browser.driver().findElement(By.id("mail:template")), "Reminder before the due date");
            assertThat(text(browser, "placeholders")).contains("{3} personal link (must stay)");
            assertThat(browser.driver().findElement(By.id("mail:subject")).getAttribute("value"))
                    .startsWith("Reminder: the questionnaire on the {1}");
            var subject = browser.driver().findElement(By.id("mail:subject"));
            subject.clear();
            subject.sendKeys("Only {4,choice,1#one day|1<{4} days} left for the {1}");
            browser.driver().findElement(By.id("mail:preview")).click();
            browser.waiting()
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> !d.findElements(By.id("mail:preview-subject")).isEmpty());
            assertThat(text(browser, "mail:preview-subject"))
                    .isEqualTo("Only 7 days left for the Regional Workshop on Data Analytics");
            assertThat(text(browser, "preview-body")).contains("Dear Mere Silva");
            Axe.assertCleanOnLaptopAndPhone(browser, "personal link");
        }
        assertThat(ApiClient.object(ok(staff().get("mail-templates/reminder/en")))
                        .getBoolean("reworded"))
                .as("a preview saves nothing")
                .isFalse();
    }

    @Test
    void staffPlanAndOpenARoundOnItsPage(SurveyStack stack) {
        this.stack = stack;
        int year = freshYear(y -> true);
        String label = year + "/" + String.format("%02d", (year + 1) % 100);
        created(staff().post("workshops", """
                {"code": "IT-RNDP-%s", "title": "Workshop on AEO", "fiscalYear": "%s",
                 "startDate": "%s", "endDate": "%s", "venue": "Apia", "accreditation": false}""".formatted(
                        UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
                        label,
                        LocalDate.of(year, 10, 5),
                        LocalDate.of(year, 10, 9))));

        try (Browser browser = signedIn(DemoUser.ROCB_STAFF, "round/survey.xhtml?fy=" + label)) {
            browser.waiting().until(d -> !d.findElements(By.id("round:save")).isEmpty());
            assertThat(text(browser, "round-state")).contains("FY" + label + " has no survey round yet");
            // The calendar comes filled with the defaults: the fiscal year's first day, 6 months, 28 days, 7 and 1.
            assertThat(browser.driver()
                            .findElement(By.id("round:opensOn_input"))
                            .getAttribute("value"))
                    .isEqualTo(year + "-07-01");
            assertThat(browser.driver().findElement(By.id("round:reminderDays")).getAttribute("value"))
                    .isEqualTo("7, 1");

            browser.driver().findElement(By.id("round:reminderDays")).clear();
            browser.driver().findElement(By.id("round:reminderDays")).sendKeys("7, soon");
            browser.driver().findElement(By.id("round:save")).click();
            browser.waiting()
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("messages"))
                            .getText()
                            .contains("Reminders (days before the due date): "));

            browser.driver().findElement(By.id("round:reminderDays")).clear();
            browser.driver().findElement(By.id("round:reminderDays")).sendKeys("10, 3, 1");
            browser.driver().findElement(By.id("round:save")).click();
            browser.waiting()
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("round-state")).getText().contains("is planned"));
            browser.driver().findElement(By.id("round:open")).click();
            browser.waiting()
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("round-state")).getText().contains("is open"));
            browser.screenshot("survey-round");
        }
        JsonObject round = ApiClient.object(ok(staff().get("rounds/" + label.replace('/', '-') + "/survey")));
        assertThat(round.getString("state")).isEqualTo("OPEN");
        assertThat(round.getJsonArray("reminderDays").toString()).isEqualTo("[10,3,1]");
        assertThat(round.getInt("delayMonths")).isEqualTo(6);
    }

    /** A browser signed in as {@code user}, showing the application's {@code page}. */
    private Browser signedIn(DemoUser user, String page) {
        Browser browser = new Browser();
        browser.open(stack.settings().applicationUrl());
        org.rocbap.survey.it.pages.KeycloakLoginPage.expect(browser).signIn(user.username, DemoUser.PASSWORD);
        browser.open(stack.settings().applicationUrl() + page);
        return browser;
    }

    /**
     * A link that opens nothing shows why, and answers with a status that caches and monitors read: 404
     * for a link that never opened a questionnaire, 410 for one that ended.
     */
    private static void assertRefused(String link, int status, String why) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(link).isEqualTo(status);
        assertThat(answer.body()).contains("link-refused");
        try (Browser browser = new Browser()) {
            browser.open(link);
            browser.waiting().until(d -> !d.findElements(By.id("link-refused")).isEmpty());
            Axe.assertCleanOnLaptopAndPhone(browser, "personal link");
            assertThat(text(browser, "link-refused")).contains(why);
            assertThat(browser.driver().getPageSource())
                    .doesNotContain("Participant ")
                    .doesNotContain("reply:submit");
        }
    }

    private void awaitFeedback(String fiscalYear, java.util.function.Predicate<JsonObject> state) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            List<JsonObject> feedback = list("rounds/" + fiscalYear + "/survey/mail").stream()
                    .filter(m -> "feedback".equals(m.getString("kind")))
                    .toList();
            if (feedback.size() == 4 && feedback.stream().allMatch(state)) {
                return;
            }
            Mailbox.pause();
        }
        throw new AssertionError(
                "The feedback never reached that state: " + list("rounds/" + fiscalYear + "/survey/mail"));
    }

    /** Staff's client, signed in again when its token gets old (the test runs for minutes). */
    private ApiClient staff() {
        return ApiClient.as(stack, DemoUser.ROCB_STAFF);
    }

    /**
     * A year of the 22nd century or later, so that no other test's workshop is in its round, whose
     * questionnaire day (7 March after a workshop ending 7 September) and so due dates fall on a
     * Tuesday: mail waits for working days.
     */
    private int yearWhoseQuestionnaireGoesOnATuesday() {
        return freshYear(y -> LocalDate.of(y + 1, 3, 7).getDayOfWeek() == DayOfWeek.TUESDAY);
    }

    private int freshYear(IntPredicate wanted) {
        return new TestRounds(stack).freshYear(wanted);
    }

    /**
     * Moves the server to that day at 01:00 UTC: the same day in Fiji (13:00), Samoa and Tonga (14:00),
     * inside their working hours; {@code null} goes back to the real time.
     */
    private void moveClock(LocalDate day) {
        new TestRounds(stack).moveClock(day);
    }

    private void moveClockTo(OffsetDateTime at) {
        new TestRounds(stack).moveClockTo(at);
    }

    /**
     * Lets the calendar do, on the day this test's workshop ends, what the rounds of earlier years still
     * have to do (notices, invitations, reminders), so that what the runs below count is this test's
     * own: another test of this run, or an earlier run on the same database, may have left a round of
     * an earlier year open with things due. Nothing of this test's is due that day, and later years
     * have nothing due before this test's last day.
     */
    private void settleEarlierYears(LocalDate workshopEnd) {
        moveClock(workshopEnd);
        run();
    }

    private JsonObject run() {
        return new TestRounds(stack).runSchedule();
    }

    private List<JsonObject> list(String path) {
        return ApiClient.json(ok(staff().get(path)).body()).asJsonArray().getValuesAs(JsonObject.class);
    }

    private static String day(LocalDate date, Locale locale) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", locale));
    }

    private static String text(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static HttpResponse<String> created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response;
    }
}

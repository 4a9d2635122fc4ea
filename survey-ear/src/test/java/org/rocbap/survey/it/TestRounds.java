package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntPredicate;
import org.rocbap.survey.stack.SurveyStack;

/** Survey rounds of their own for tests: a fiscal year nobody else uses, the server's test clock, the schedule. */
public final class TestRounds {

    /** Years handed out in this JVM, so that two tests never share one before either has written to it. */
    private static final Set<Integer> TAKEN = ConcurrentHashMap.newKeySet();

    private final SurveyStack stack;

    public TestRounds(SurveyStack stack) {
        this.stack = stack;
    }

    /** A participant invited in a round, with the personal link their invitation carries. */
    public record Invited(long participant, String email, String link, String fiscalYear, String workshop) {}

    /**
     * An open round of a year of its own with participants of Fiji (one per language given) of a new
     * workshop, whose questionnaire day has not come yet: the schedule invites them on {@code
     * questionnaireDay}.
     */
    public record DueRound(
            String fiscalYear,
            String workshop,
            List<Long> participants,
            List<String> emails,
            LocalDate questionnaireDay) {}

    /**
     * Participants of Fiji (one per language given) of a new workshop, invited in a round of a year of
     * their own: the clock goes to their questionnaire day for the schedule to send the invitations,
     * and back to the real time (their links stay open until the round closes, in the 22nd century).
     */
    public List<Invited> invite(String... languages) {
        DueRound round = due(languages);
        List<Invited> invited = new ArrayList<>();
        try {
            moveClock(round.questionnaireDay());
            runSchedule();
            for (int i = 0; i < round.participants().size(); i++) {
                String link = new Mailbox(stack, round.emails().get(i))
                        .await(m -> m.event().startsWith("invitation:"), "the invitation")
                        .link();
                invited.add(new Invited(
                        round.participants().get(i),
                        round.emails().get(i),
                        link,
                        round.fiscalYear(),
                        round.workshop()));
            }
        } finally {
            moveClockTo(null);
        }
        return invited;
    }

    /** A round whose invitations are due on its questionnaire day, not sent yet. */
    public DueRound due(String... languages) {
        int year = freshYear(y -> LocalDate.of(y + 1, 3, 7).getDayOfWeek() == DayOfWeek.TUESDAY);
        String fiscalYear = year + "-" + String.format("%02d", (year + 1) % 100);
        String code = "IT-LNK-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        LocalDate workshopEnd = LocalDate.of(year, 9, 7);
        HttpResponse<String> workshop = staff().post("workshops", """
                {"code": "%s", "title": "Workshop on Risk Management", "fiscalYear": "%s",
                 "startDate": "%s", "endDate": "%s", "venue": "Suva", "accreditation": false}""".formatted(
                        code, fiscalYear.replace('-', '/'), workshopEnd.minusDays(4), workshopEnd));
        assertThat(workshop.statusCode()).as(workshop.body()).isEqualTo(201);
        List<Long> ids = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (String language : languages) {
            String email = "link-" + UUID.randomUUID().toString().substring(0, 8) + "@customs.example";
            HttpResponse<String> added = staff().post(
                            "workshops/" + code + "/participants", """
                    {"administration": "FJI", "name": "Officer %s", "email": "%s", "language": "%s"}""".formatted(emails.size() + 1, email, language));
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
            ids.add(ApiClient.object(added).getJsonNumber("id").longValue());
            emails.add(email);
        }
        ok(staff().put("rounds/" + fiscalYear + "/survey", """
                {"opensOn": "%s", "closesOn": "%s"}""".formatted(
                        LocalDate.of(year, 7, 1), LocalDate.of(year + 1, 6, 30))));
        ok(staff().post("rounds/" + fiscalYear + "/survey/opening", ""));
        return new DueRound(fiscalYear, code, List.copyOf(ids), List.copyOf(emails), workshopEnd.plusMonths(6));
    }

    /** ROCB A/P staff withdraw the participant's link. */
    void revoke(Invited participant) {
        String invitations = "rounds/" + participant.fiscalYear() + "/survey/invitations";
        long id =
                ApiClient.json(ok(staff().get(invitations)).body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                        .filter(i -> i.getJsonNumber("participant").longValue() == participant.participant())
                        .findFirst()
                        .orElseThrow()
                        .getJsonNumber("id")
                        .longValue();
        ok(staff().post(invitations + "/" + id + "/revocation", ""));
    }

    /**
     * A year of its own for a test (2100 to 2899, as {@code wanted}): not handed out before in this run,
     * and whose fiscal year has no survey round yet, also on a database that earlier runs used.
     */
    int freshYear(IntPredicate wanted) {
        for (int tries = 0; tries < 10_000; tries++) {
            int year = 2100 + ThreadLocalRandom.current().nextInt(800);
            if (wanted.test(year)
                    && TAKEN.add(year)
                    && staff().get("rounds/" + year + "-" + String.format("%02d", (year + 1) % 100) + "/survey")
                                    .statusCode()
                            == 404) {
                return year;
            }
        }
        throw new IllegalStateException("No fiscal year between 2100 and 2899 is free for a new survey round");
    }

    /**
     * Moves the server to that day at 01:00 UTC: the same day in Fiji (13:00), Samoa and Tonga (14:00),
     * inside their working hours; {@code null} goes back to the real time.
     */
    void moveClock(LocalDate day) {
        moveClockTo(day == null ? null : day.atTime(1, 0).atOffset(ZoneOffset.UTC));
    }

    /** Moves every running node's clock: each node of a cluster keeps its own test clock. */
    void moveClockTo(OffsetDateTime at) {
        String body = at == null ? "{\"at\": null}" : "{\"at\": \"" + at + "\"}";
        for (int node = 1; node <= stack.settings().nodes(); node++) {
            if (stack.nodeUp(node)) {
                ok(staff().onNode(node).put("test-clock", body));
            }
        }
    }

    /** Runs the rounds' schedule once, as its timer does. */
    JsonObject runSchedule() {
        return ApiClient.object(ok(staff().post("rounds/schedule/runs", "")));
    }

    /** Staff's client, signed in again when its token gets old (the tests run for minutes). */
    private ApiClient staff() {
        return ApiClient.as(stack, DemoUser.ROCB_STAFF);
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}

package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.rocbap.survey.it.TestRounds.DueRound;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.it.pages.ReplyPage;
import org.rocbap.survey.stack.SurveyStack;

/**
 * Two WildFly nodes behind the load balancer (failsafe's "cluster" execution starts them): a node
 * killed with SIGKILL costs its users nothing but the requests it was serving, the rounds' calendar
 * sends each invitation once whichever nodes run it, and what one node writes the other shows at once.
 *
 * <p>The methods run in this order only to spare node restarts; each starts the nodes it needs.
 */
@ExtendWith(StackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final int USERS = 20;
    private static final long LOAD_MILLIS = 120_000;
    private static final long KILL_AFTER_MILLIS = 60_000;

    /** Between two saves of a user: a person who types, then saves. */
    private static final long PACE_MILLIS = 250;

    @BeforeEach
    void bothNodesUp(SurveyStack stack) throws Exception {
        assertThat(stack.settings().nodes())
                .as("ClusterIT runs in failsafe's cluster execution, on two nodes")
                .isEqualTo(2);
        stack.restartNode(1);
        stack.restartNode(2);
    }

    @Test
    @Order(1)
    void aReplySubmittedThroughOneNodeCountsOnTheOtherNodesFiguresAtOnce(SurveyStack stack) {
        FollowUpFixture fixture = new FollowUpFixture(stack);
        long participant = fixture.participant("FJI", "Counted across the cluster");
        ApiClient staff = fixture.staff();
        // Computed and cached on node 2 after the participant was added.
        int before = replies(staff.onNode(2));
        assertThat(replies(staff.onNode(2))).isEqualTo(before);

        HttpResponse<String> submitted = staff.onNode(1).put("participants/" + participant + "/reply", """
                {"version": null, "submit": true, "answers": {"sharedMaterials": true, "colleaguesShared": 3,
                 "lessonsUsed": "Submitted on node 1"}}""");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);

        assertThat(replies(staff.onNode(2)))
                .as("node 2's figures right after node 1 saved the reply")
                .isEqualTo(before + 1);
    }

    private static int replies(ApiClient node) {
        HttpResponse<String> summary = node.get("rounds/2018-19/summary");
        assertThat(summary.statusCode()).as(summary.body()).isEqualTo(200);
        return ApiClient.object(summary).getJsonObject("totals").getInt("replies");
    }

    @Test
    @Order(2)
    void bothNodesRunningTheCalendarAtOnceSendEachInvitationOnce(SurveyStack stack) throws Exception {
        onQuestionnaireDay(stack, 40, ClusterIT::bothRunAtOnce);
    }

    private static void bothRunAtOnce(SurveyStack stack, ApiClient staff, DueRound round) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Future<HttpResponse<String>>> runs = new ArrayList<>();
        for (int node = 1; node <= 2; node++) {
            ApiClient onNode = staff.onNode(node);
            runs.add(nodes.submit(() -> {
                together.await();
                return onNode.post("rounds/schedule/runs", "");
            }));
        }
        int invited = 0;
        for (Future<HttpResponse<String>> run : runs) {
            HttpResponse<String> answer = run.get(2, TimeUnit.MINUTES);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            invited += ApiClient.object(answer).getInt("invitations");
        }
        nodes.shutdown();
        assertThat(invited).as("invitations the two runs report").isEqualTo(40);
        assertEachInvitedOnce(stack, round);
    }

    @Test
    @Order(3)
    void usersCarryOnWhenTheNodeServingThemIsKilled(SurveyStack stack) throws Exception {
        FollowUpFixture fixture = new FollowUpFixture(stack);
        List<Saver> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            users.add(new Saver(fixture, i));
        }
        long browserParticipant = fixture.participant("FJI", "Halfway through on a node that dies");
        String app = stack.settings().applicationUrl();
        try (Browser browser = new Browser()) {
            browser.open(app);
            KeycloakLoginPage.expect(browser).signIn(DemoUser.FOCAL_POINT_FJI.username, DemoUser.PASSWORD);
            browser.open(app + "questionnaire/reply.xhtml?participant=" + browserParticipant);
            ReplyPage reply = ReplyPage.expect(browser).tick("sharedMaterials");
            int node = nodeOf(browser);

            long started = System.currentTimeMillis();
            long killAt = started + KILL_AFTER_MILLIS;
            ExecutorService pool = Executors.newFixedThreadPool(USERS);
            List<CompletableFuture<Void>> running = users.stream()
                    .map(user -> CompletableFuture.runAsync(() -> user.saveUntil(started + LOAD_MILLIS), pool))
                    .toList();
            Thread.sleep(killAt - System.currentTimeMillis());
            // Typed while the node still serves, sent after it died.
            reply.type("colleaguesShared", "12").type("lessonsUsed", "Typed before node " + node + " died");
            long killed = System.currentTimeMillis();
            stack.killNode(node);
            long killDone = System.currentTimeMillis();

            reply.submit();
            long browserAnswered = System.currentTimeMillis();
            browser.screenshot("cluster-after-kill");
            assertThat(browser.driver().findElement(By.tagName("body")).getText())
                    .as("the answer on the other node: no new sign-in, no expired page")
                    .contains("is submitted");
            assertThat(browser.driver().getCurrentUrl()).contains("/questionnaire/reply.xhtml");
            assertThat(reply.status()).isEqualTo("Submitted");
            assertThat(nodeOf(browser)).as("the node now serving the session").isNotEqualTo(node);

            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
            pool.shutdown();

            JsonObject kept = ApiClient.object(fixture.staff().get("participants/" + browserParticipant + "/reply"));
            assertThat(kept.getString("status")).isEqualTo("SUBMITTED");
            assertThat(kept.getJsonObject("answers").getString("lessonsUsed"))
                    .isEqualTo("Typed before node " + node + " died");
            assertThat(kept.getJsonObject("answers").getBoolean("sharedMaterials"))
                    .isTrue();

            assertFewFailed(users, started, killed, killDone, browserAnswered);
        }
        assertNothingLostOrDoubled(stack, users);
    }

    @Test
    @Order(4)
    void aNodeDyingWhileItRunsTheCalendarLeavesEachInvitationToTheOtherOnce(SurveyStack stack) throws Exception {
        // Enough invitations for the run to take a while, so that the node dies in the middle of it.
        onQuestionnaireDay(stack, 300, ClusterIT::killedInTheMiddle);
    }

    /** What a test does with a round whose invitations are due. */
    @FunctionalInterface
    private interface DueRoundCheck {
        void check(SurveyStack stack, ApiClient staff, DueRound round) throws Exception;
    }

    /**
     * A round of {@code participants} whose invitations are due, with every node's clock on that day
     * while {@code check} runs (the mail waits for the participants' working hours on it).
     */
    private static void onQuestionnaireDay(SurveyStack stack, int participants, DueRoundCheck check) throws Exception {
        TestRounds rounds = new TestRounds(stack);
        DueRound round = rounds.due(languages(participants));
        rounds.moveClock(round.questionnaireDay());
        try {
            check.check(stack, ApiClient.as(stack, DemoUser.ROCB_STAFF), round);
        } finally {
            rounds.moveClockTo(null);
        }
    }

    private static void killedInTheMiddle(SurveyStack stack, ApiClient staff, DueRound round) throws Exception {
        CompletableFuture<Integer> onNode1 = CompletableFuture.supplyAsync(() -> {
            try {
                return staff.onNode(1).post("rounds/schedule/runs", "").statusCode();
            } catch (UncheckedIOException e) {
                return 0;
            }
        });
        awaitCalendarRunning(stack);
        stack.killNode(1);
        assertThat(onNode1.get(1, TimeUnit.MINUTES))
                .as("node 1 died before it finished the run")
                .isZero();
        assertThat(outboxInvitations(stack, round.emails()).values())
                .as("nothing of the interrupted run stays")
                .allMatch(count -> count == 0);

        // Node 2's calendar at its next run (what its timer does on the hour).
        HttpResponse<String> run = staff.onNode(2).post("rounds/schedule/runs", "");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        assertThat(ApiClient.object(run).getInt("invitations")).isEqualTo(300);
        assertEachInvitedOnce(stack, round);
    }

    private static String[] languages(int participants) {
        String[] languages = new String[participants];
        Arrays.fill(languages, "en");
        return languages;
    }

    /** Until the calendar's cluster-wide lock is held, i.e. a run is under way. */
    private static void awaitCalendarRunning(SurveyStack stack) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl(), "survey", "survey");
                PreparedStatement held = db.prepareStatement(
                        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND objid = 1")) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = held.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(10);
            }
        }
        throw new AssertionError("The calendar's run never started on node 1");
    }

    /** One invitation in the outbox and one mail in the mailbox for each participant. */
    private static void assertEachInvitedOnce(SurveyStack stack, DueRound round)
            throws SQLException, InterruptedException {
        assertThat(outboxInvitations(stack, round.emails()).values())
                .as("invitations in the outbox per participant")
                .hasSize(round.emails().size())
                .allMatch(count -> count == 1);
        for (String email : round.emails()) {
            new Mailbox(stack, email).await(m -> m.event().startsWith("invitation:"), "the invitation");
        }
        // A second delivery would come within a couple of delivery intervals (2 s here).
        Thread.sleep(5_000);
        for (String email : round.emails()) {
            assertThat(new Mailbox(stack, email).messages())
                    .as("mail received by " + email)
                    .hasSize(1);
        }
    }

    private static Map<String, Integer> outboxInvitations(SurveyStack stack, List<String> emails) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        emails.forEach(email -> counts.put(email, 0));
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl(), "survey", "survey");
                PreparedStatement query = db.prepareStatement("SELECT recipient, count(*) FROM outbox_message"
                        + " WHERE event_key LIKE 'invitation:%' AND recipient = ANY (?) GROUP BY recipient")) {
            query.setArray(1, db.createArrayOf("varchar", emails.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    /** The node that holds the browser's session, as the route at the end of its cookie names it. */
    private static int nodeOf(Browser browser) {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(session).as("a session cookie").isNotNull();
        String route = session.getValue().substring(session.getValue().lastIndexOf('.') + 1);
        assertThat(route).matches("node[12]");
        return Integer.parseInt(route.substring(4));
    }

    /**
     * Every save the server confirmed is there, and none counted twice: each save of a user changes the
     * reply, so its version grows by exactly one per save that committed (the confirmed ones, and one
     * in flight at the kill that committed before its answer was lost, which the user's next read
     * shows). Then each user submits the reply.
     */
    private static void assertNothingLostOrDoubled(SurveyStack stack, List<Saver> users) {
        ApiClient staff = ApiClient.as(stack, DemoUser.ROCB_STAFF);
        List<String> problems = new ArrayList<>();
        for (Saver user : users) {
            JsonObject reply = ApiClient.object(staff.get("participants/" + user.participant + "/reply"));
            String lessons = reply.getJsonObject("answers").getString("lessonsUsed");
            if (Saver.number(lessons) != user.lastCommitted) {
                problems.add(user.participant + ": holds save " + Saver.number(lessons) + ", last committed "
                        + user.lastCommitted);
            }
            long expected = user.firstVersion + user.commits - 1;
            if (reply.getJsonNumber("version").longValue() != expected) {
                problems.add(user.participant + ": version " + reply.getJsonNumber("version") + " after " + user.commits
                        + " saves from version " + user.firstVersion);
            }
            HttpResponse<String> submitted = staff.put("participants/" + user.participant + "/reply", """
                    {"version": %d, "submit": true, "answers": {"sharedMaterials": true, "colleaguesShared": 1,
                     "lessonsUsed": "%s"}}""".formatted(
                            reply.getJsonNumber("version").longValue(), lessons));
            if (submitted.statusCode() != 200) {
                problems.add(user.participant + ": submission refused: " + submitted.body());
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /** Prints the figures of docs/performance.md, and checks that only requests under way at the kill failed. */
    private static void assertFewFailed(
            List<Saver> users, long started, long killed, long killDone, long browserAnswered) {
        List<Saver.Outcome> all =
                users.stream().flatMap(u -> u.outcomes.stream()).toList();
        long failed = all.stream().filter(o -> o.status() != 200).count();
        long firstSuccess = all.stream()
                .filter(o -> o.status() == 200 && o.startedAt() >= killDone)
                .mapToLong(Saver.Outcome::endedAt)
                .min()
                .orElseThrow();
        double twoNodes = rate(all, started, killed);
        double oneNode = rate(all, killDone + 5_000, started + LOAD_MILLIS);
        System.out.printf(
                "[cluster] %d users, %d requests, %d failed; kill to first success %d ms (kill took %d ms);"
                        + " the browser's submission answered %d ms after the kill; saves per second: two nodes %.1f,"
                        + " one node %.1f%n",
                USERS,
                all.size(),
                failed,
                firstSuccess - killed,
                killDone - killed,
                browserAnswered - killed,
                twoNodes,
                oneNode);
        assertThat(failed)
                .as("only requests in flight at the kill may fail, one per user")
                .isLessThanOrEqualTo(USERS);
        assertThat(all.stream().filter(o -> o.status() != 200 && o.startedAt() > killDone + 5_000))
                .as("requests started after the kill that failed")
                .isEmpty();
    }

    private static double rate(List<Saver.Outcome> all, long from, long to) {
        long saves = all.stream()
                .filter(o -> o.status() == 200 && o.endedAt() >= from && o.endedAt() < to)
                .count();
        return saves * 1000.0 / (to - from);
    }

    /** A focal point saving their reply again and again, each save with what they typed since. */
    private static final class Saver {

        record Outcome(long startedAt, long endedAt, int status) {}

        final long participant;
        final ApiClient client;
        final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        final long firstVersion;
        /** Saves known to have committed: answered, or found by the read after an unanswered one. */
        int commits;
        /** The last save known to have committed. */
        int lastCommitted;

        private long version;
        private int attempt;

        Saver(FollowUpFixture fixture, int index) {
            this.participant = fixture.participant("TON", "Saving through the cluster " + index);
            this.client = fixture.staff();
            HttpResponse<String> first = save(null);
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            this.version = ApiClient.object(first).getJsonNumber("version").longValue();
            this.firstVersion = version;
            committed(attempt);
        }

        private void committed(int save) {
            commits++;
            lastCommitted = save;
        }

        /** Which save wrote these lessons. */
        static int number(String lessons) {
            return Integer.parseInt(lessons.substring(lessons.lastIndexOf(' ') + 1));
        }

        void saveUntil(long end) {
            while (System.currentTimeMillis() < end) {
                long start = System.currentTimeMillis();
                int status;
                try {
                    HttpResponse<String> answer = save(version);
                    status = answer.statusCode();
                    if (status == 200) {
                        version = ApiClient.object(answer)
                                .getJsonNumber("version")
                                .longValue();
                        committed(attempt);
                    }
                } catch (UncheckedIOException e) {
                    status = 0;
                }
                outcomes.add(new Outcome(start, System.currentTimeMillis(), status));
                if (status != 200) {
                    resync();
                }
                pause();
            }
        }

        /** After an unanswered save: what the server holds now, which may or may not include it. */
        private void resync() {
            while (true) {
                long start = System.currentTimeMillis();
                try {
                    HttpResponse<String> held = client.get("participants/" + participant + "/reply");
                    outcomes.add(new Outcome(start, System.currentTimeMillis(), held.statusCode()));
                    if (held.statusCode() == 200) {
                        JsonObject reply = ApiClient.object(held);
                        version = reply.getJsonNumber("version").longValue();
                        if (number(reply.getJsonObject("answers").getString("lessonsUsed")) == attempt) {
                            committed(attempt);
                        }
                        return;
                    }
                } catch (UncheckedIOException e) {
                    outcomes.add(new Outcome(start, System.currentTimeMillis(), 0));
                }
                pause();
            }
        }

        private HttpResponse<String> save(Long expectedVersion) {
            attempt++;
            return client.put(
                    "participants/" + participant + "/reply", """
                    {"version": %s, "submit": false, "answers": {"sharedMaterials": true,
                     "colleaguesShared": %d, "lessonsUsed": "Saved through the cluster, save %d"}}""".formatted(expectedVersion, attempt % 1000, attempt));
        }

        private static void pause() {
            try {
                Thread.sleep(PACE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rocbap.survey.stack.SurveyStack;

/**
 * Replies submitted while a part of the system fails under them: PostgreSQL restarted, WildFly killed
 * with SIGKILL. Afterwards every submission the server confirmed is there, whole, and every other one
 * is either whole too (it committed before its answer was lost) or absent: never a draft, never other
 * answers. The system works again without anything else being restarted.
 */
@ExtendWith(StackExtension.class)
class FaultsIT {

    /**
     * An administration no other test reads lists of: hundreds of participants with outstanding mission
     * reports would fill another administration's to-do pages.
     */
    private static final String ADMINISTRATION = "VUT";

    private static final int WRITERS = 4;
    private static final int PARTICIPANTS = 240;

    /** Between two submissions of a writer, so that the fault meets submissions under way. */
    private static final long PACE_MILLIS = 25;

    /** How each submission ended: the status, or 0 when no answer came back. */
    private final Map<Long, Integer> outcomes = new ConcurrentHashMap<>();

    @Test
    void aDatabaseRestartedDuringSubmissionsLeavesEachWholeOrAbsent(SurveyStack stack) throws Exception {
        Submissions submissions = underWay(stack, "Restart");
        stack.stopDatabase();
        Thread.sleep(2_000);
        submissions.stop();
        stack.restartDatabase();
        HealthChecks.awaitKeycloak(stack);

        assertThat(HealthChecks.awaitReady(stack).status())
                .as("ready without restarting WildFly")
                .isEqualTo(200);
        assertEachWholeOrAbsent(stack);
        assertThat(outcomes.values()).as("some submissions met the outage").anyMatch(status -> status != 200);
        assertThat(outcomes.values())
                .as("refused while down with 503, never a server error")
                .doesNotContain(500);
        assertThat(submitOneMore(stack)).as("the next submission").isEqualTo(200);
    }

    @Test
    void aServerKilledDuringSubmissionsLeavesEachWholeOrAbsentAfterItsRestart(SurveyStack stack) throws Exception {
        Submissions submissions = underWay(stack, "Kill");
        stack.killServer();
        submissions.stop();
        stack.restartServer();

        assertThat(HealthChecks.awaitReady(stack).status()).isEqualTo(200);
        assertEachWholeOrAbsent(stack);
        assertThat(outcomes.values())
                .as("some submissions were cut by the kill")
                .contains(0);
        assertThat(submitOneMore(stack)).as("the next submission").isEqualTo(200);
    }

    /** Writers submitting the replies of new participants, some of them confirmed already. */
    private Submissions underWay(SurveyStack stack, String name) throws InterruptedException {
        Submissions submissions = new Submissions(stack, participants(stack, name));
        submissions.start();
        submissions.awaitSome();
        return submissions;
    }

    private static int submitOneMore(SurveyStack stack) {
        return submit(
                ApiClient.as(stack, DemoUser.ROCB_STAFF),
                new FollowUpFixture(stack).participant(ADMINISTRATION, "After the fault"));
    }

    private void assertEachWholeOrAbsent(SurveyStack stack) {
        ApiClient staff = ApiClient.as(stack, DemoUser.ROCB_STAFF);
        List<String> problems = new ArrayList<>();
        int confirmed = 0;
        for (Map.Entry<Long, Integer> outcome : outcomes.entrySet()) {
            long participant = outcome.getKey();
            HttpResponse<String> reply = staff.get("participants/" + participant + "/reply");
            boolean present = reply.statusCode() == 200;
            if (outcome.getValue() == 200) {
                confirmed++;
                if (!present) {
                    problems.add(participant + ": confirmed, but absent");
                }
            }
            if (present && !whole(ApiClient.object(reply), participant)) {
                problems.add(participant + ": half there: " + reply.body());
            }
            if (!present && reply.statusCode() != 404) {
                problems.add(participant + ": answered " + reply.statusCode());
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
        assertThat(confirmed).as("submissions confirmed before the fault").isPositive();
    }

    private static boolean whole(JsonObject reply, long participant) {
        JsonObject answers = reply.getJsonObject("answers");
        return "SUBMITTED".equals(reply.getString("status"))
                && answers.getInt("colleaguesShared") == (int) (participant % 1000)
                && answers.getString("lessonsUsed").equals(lessons(participant));
    }

    private static List<Long> participants(SurveyStack stack, String name) {
        FollowUpFixture fixture = new FollowUpFixture(stack);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            ids.add(fixture.participant(ADMINISTRATION, name + " " + i));
        }
        return ids;
    }

    private static String lessons(long participant) {
        return "Lessons of participant " + participant + ", sent in one submission";
    }

    private static int submit(ApiClient writer, long participant) {
        try {
            return writer.put("participants/" + participant + "/reply", """
                            {"version": null, "submit": true, "answers": {"sharedMaterials": true,
                             "colleaguesShared": %d, "lessonsUsed": "%s"}}""".formatted(
                                    participant % 1000, lessons(participant)))
                    .statusCode();
        } catch (UncheckedIOException e) {
            return 0;
        }
    }

    /** Writers submitting the participants' replies one after the other until told to stop. */
    private final class Submissions {

        private final ApiClient writer;
        private final List<Long> participants;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);

        Submissions(SurveyStack stack, List<Long> participants) {
            this.writer = ApiClient.as(stack, DemoUser.ROCB_STAFF);
            this.participants = participants;
        }

        void start() {
            for (int i = 0; i < WRITERS; i++) {
                pool.execute(() -> {
                    int index;
                    while (!stopped.get() && (index = next.getAndIncrement()) < participants.size()) {
                        long participant = participants.get(index);
                        outcomes.put(participant, submit(writer, participant));
                        pause();
                    }
                });
            }
        }

        /** Waits until a few submissions have ended, so that some were confirmed before the fault. */
        void awaitSome() throws InterruptedException {
            while (outcomes.size() < WRITERS * 5) {
                Thread.sleep(10);
            }
        }

        private void pause() {
            try {
                Thread.sleep(PACE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void stop() throws InterruptedException {
            stopped.set(true);
            pool.shutdown();
            assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        }
    }
}

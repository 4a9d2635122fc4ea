package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rocbap.survey.stack.SurveyStack;

/**
 * The same reply submitted many times at once (a double click, two tabs, a client retrying): exactly
 * one reply is kept, every other attempt is told someone saved first, and none is a server error.
 */
@ExtendWith(StackExtension.class)
class DoubleSubmitIT {

    private static final int AT_ONCE = 8;

    @Test
    void aReplySubmittedEightTimesAtOnceIsKeptOnce(SurveyStack stack) throws Exception {
        FollowUpFixture fixture = new FollowUpFixture(stack);
        long participant = fixture.participant("FJI", "Twice Submitted");
        ApiClient focalPoint = ApiClient.as(stack, DemoUser.FOCAL_POINT_FJI);
        String body = """
                {"version": null, "submit": true, "answers": {"sharedMaterials": true, "colleaguesShared": 3}}""";

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        try {
            for (int i = 0; i < AT_ONCE; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return focalPoint.put("participants/" + participant + "/reply", body);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : sent) {
                statuses.add(answer.get().statusCode());
            }
            assertThat(statuses)
                    .as("one saved, the others told of the conflict")
                    .containsOnly(200, 409);
            assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }

        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(), "survey", "survey");
                PreparedStatement count = c.prepareStatement("SELECT count(*) FROM reply WHERE participant_id = ?")) {
            count.setLong(1, participant);
            try (ResultSet r = count.executeQuery()) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(1);
            }
        }
        assertThat(ApiClient.object(focalPoint.get("participants/" + participant + "/reply"))
                        .getString("status"))
                .isEqualTo("SUBMITTED");
    }
}

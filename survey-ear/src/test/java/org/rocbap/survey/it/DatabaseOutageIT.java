package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rocbap.survey.stack.SurveyStack;

/**
 * PostgreSQL stopped under the running system: the API says "try again later" (503 with
 * {@code Retry-After}) rather than failing, saves nothing, and works again once the database is back,
 * without WildFly being restarted. Meanwhile the readiness check is red, naming the database.
 */
@ExtendWith(StackExtension.class)
class DatabaseOutageIT {

    @Test
    void whileTheDatabaseIsDownTheApiAsksToRetryAndAfterwardsItWorksWithoutARestart(SurveyStack stack)
            throws Exception {
        // Tokens first: Keycloak keeps its data in the same PostgreSQL.
        ApiClient staff = ApiClient.as(stack, DemoUser.ROCB_STAFF);
        assertThat(staff.get("workshops").statusCode()).isEqualTo(200);
        String code = "IT-DOWN-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

        stack.stopDatabase();
        try {
            HttpResponse<String> read = staff.get("workshops");
            assertThat(read.statusCode()).as(read.body()).isEqualTo(503);
            assertThat(read.headers().firstValue("Retry-After")).contains("30");
            assertThat(read.body()).contains("Temporarily unavailable").doesNotContain("Exception", "SQL");
            HttpResponse<String> write = staff.post("workshops", """
                    {"code": "%s", "title": "Workshop during an outage", "fiscalYear": "2031/32",
                     "startDate": "2031-09-01", "endDate": "2031-09-05", "venue": "Apia", "accreditation": false}""".formatted(code));
            assertThat(write.statusCode()).as(write.body()).isEqualTo(503);
            HealthChecks.Readiness readiness = HealthChecks.ready(stack);
            assertThat(readiness.status()).isEqualTo(503);
            assertThat(readiness.overall()).isEqualTo("DOWN");
            assertThat(readiness.checks()).containsEntry("database", "DOWN");
        } finally {
            stack.restartDatabase();
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && (status = staff.get("workshops").statusCode()) != 200) {
            Thread.sleep(1000);
        }
        assertThat(status).as("the API works again without restarting WildFly").isEqualTo(200);
        assertThat(staff.get("workshops/" + code).statusCode())
                .as("nothing of the refused save was kept")
                .isEqualTo(404);
        HealthChecks.awaitKeycloak(stack);
        assertThat(HealthChecks.ready(stack))
                .as("ready again")
                .isEqualTo(new HealthChecks.Readiness(200, "UP", Map.of("database", "UP", "identity-provider", "UP")));
    }
}

package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rocbap.survey.stack.SurveyStack;

/**
 * PostgreSQL stopped under the running system: the API says "try again later" (503 with
 * {@code Retry-After}) rather than failing, saves nothing, and works again once the database is back,
 * without WildFly being restarted.
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
        keycloakRecovered(stack);
    }

    /**
     * Keycloak keeps its data in the same PostgreSQL and fails a request for each connection the
     * restart broke before its pool drops it; the tests after this one need it whole again.
     */
    private static void keycloakRecovered(SurveyStack stack) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest token = HttpRequest.newBuilder(URI.create(stack.realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=survey-api&client_secret=survey-api-dev-secret"))
                .build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        int inARow = 0;
        while (inARow < 30 && System.nanoTime() < deadline) {
            inARow = http.send(token, HttpResponse.BodyHandlers.discarding()).statusCode() == 200 ? inARow + 1 : 0;
        }
        assertThat(inARow)
                .as("Keycloak answers again after the database restart")
                .isEqualTo(30);
    }
}

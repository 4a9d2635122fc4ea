package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.rocbap.survey.stack.SurveyStack;

/** The application's readiness, read as a load balancer reads it: without signing in. */
final class HealthChecks {

    /**
     * @param status the HTTP status
     * @param checks each part's name and {@code UP} or {@code DOWN}
     */
    record Readiness(int status, String overall, Map<String, String> checks) {}

    private HealthChecks() {}

    /**
     * Waits until Keycloak hands out tokens again after a database restart: it keeps its data in the
     * same PostgreSQL and fails a request for each connection the restart broke before its pool drops
     * it, and the tests after a restart need it whole again.
     */
    static void awaitKeycloak(SurveyStack stack) throws IOException, InterruptedException {
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

    /** Waits up to a minute until the application is ready again, and says how it ended. */
    static Readiness awaitReady(SurveyStack stack) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Readiness readiness;
        while ((readiness = ready(stack)).status() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }
        return readiness;
    }

    static Readiness ready(SurveyStack stack) {
        HttpResponse<String> answer = ApiClient.anonymous(stack).get("health/ready");
        JsonObject body = (JsonObject) ApiClient.json(answer.body());
        return new Readiness(
                answer.statusCode(),
                body.getString("status"),
                body.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                        .collect(Collectors.toMap(
                                check -> check.getString("name"), check -> check.getString("status"))));
    }
}

package org.rocbap.survey.stack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Consumer;

/**
 * What the run command puts into a fresh database, through the public API as ROCB A/P staff would:
 * the FY2016/17 round of Good Practice Report No. 17 ({@link SeedRound}) and the figures the earlier
 * reports published for the FY2014/15 and FY2015/16 rounds, so that the dashboards, compliance, to-do
 * and projects have something to show, and the projects Fiji and Samoa named quoted for the Good
 * Practice Report. Never loaded by the tests' stack.
 */
public final class DemoData {

    private final SurveyStack stack;
    private final Consumer<String> progress;
    private final HttpClient http = HttpClient.newHttpClient();

    public DemoData(SurveyStack stack, Consumer<String> progress) {
        this.stack = stack;
        this.progress = progress;
    }

    public void load() throws IOException, InterruptedException {
        progress.accept("Loading the demo data (the FY2016/17 round of Good Practice Report No. 17) ...");
        String token = ServiceAccount.token(http, stack.realmUrl());
        String api = stack.settings().applicationUrl() + "api/v1/";
        send(api + "rounds/import", "POST", token, SeedRound.document().toString());
        send(api + "rounds/2014-15/published", "PUT", token, """
                {"replyRate": 0.28, "inHouseAdministrations": 6,
                 "source": "Customs Good Practice Report, 2015 round (FY2014/15 workshops)"}""");
        send(api + "rounds/2015-16/published", "PUT", token, """
                {"replyRate": 0.47, "inHouseAdministrations": 18,
                 "source": "Customs Good Practice Report, 2016 round (FY2015/16 workshops)"}""");
        // The projects Fiji and Samoa named, quoted for the report and waiting for their focal points' consent.
        for (String administration : new String[] {"FJI", "WSM"}) {
            String answers = send(
                    api + "rounds/2016-17/report/candidates?question=Q5_MODERNIZATION&administration=" + administration,
                    "GET",
                    token,
                    "");
            for (JsonObject answer :
                    Json.createReader(new StringReader(answers)).readArray().getValuesAs(JsonObject.class)) {
                send(api + "rounds/2016-17/report/examples", "POST", token, """
                        {"replyId": %d, "question": "Q5_MODERNIZATION"}""".formatted(answer.getInt("replyId")));
            }
        }
        progress.accept("Demo data loaded.");
    }

    private String send(String url, String method, String token, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("The demo data were refused (" + method + " " + url + ", HTTP "
                    + response.statusCode() + "): " + response.body());
        }
        return response.body();
    }
}

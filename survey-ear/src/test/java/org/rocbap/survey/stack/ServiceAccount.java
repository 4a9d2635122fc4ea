package org.rocbap.survey.stack;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The demo realm's {@code survey-api} client, which holds the ROCB A/P staff role: what loads data through the API. */
public final class ServiceAccount {

    private ServiceAccount() {}

    /** A token of the service account from the realm at {@code realmUrl}. */
    public static String token(HttpClient http, String realmUrl) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "grant_type=client_credentials&client_id=survey-api&client_secret=survey-api-dev-secret"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "The realm refused the survey-api client (HTTP " + response.statusCode() + "): " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject().getString("access_token");
    }
}

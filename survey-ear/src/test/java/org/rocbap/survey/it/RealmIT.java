package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rocbap.survey.stack.SurveyStack;

/** The imported realm: the API's machine client and the rule that only administrators set a user's administration. */
@ExtendWith(StackExtension.class)
class RealmIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theApiClientGetsATokenWithTheRocbStaffRole(SurveyStack stack) throws Exception {
        JsonObject response = post(
                stack.realmUrl() + "/protocol/openid-connect/token",
                Map.of(
                        "grant_type", "client_credentials",
                        "client_id", "survey-api",
                        "client_secret", "survey-api-dev-secret"));

        JsonObject claims = claimsOf(response.getString("access_token"));

        assertThat(claims.getJsonObject("realm_access").getJsonArray("roles").getValuesAs(JsonString::getString))
                .contains("rocb-staff");
    }

    @Test
    void usersCanSeeButNotChangeTheirAdministration(SurveyStack stack) throws Exception {
        String keycloak = stack.settings().keycloakUrl();
        String adminToken = post(
                        keycloak + "realms/master/protocol/openid-connect/token",
                        Map.of(
                                "grant_type",
                                "password",
                                "client_id",
                                "admin-cli",
                                "username",
                                "admin",
                                "password",
                                "admin"))
                .getString("access_token");

        JsonObject profile = get(keycloak + "admin/realms/rocb/users/profile", adminToken);
        JsonObject administration = profile.getJsonArray("attributes").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("name").equals("administration"))
                .findFirst()
                .orElseThrow();

        assertThat(administration
                        .getJsonObject("permissions")
                        .getJsonArray("edit")
                        .getValuesAs(JsonString::getString))
                .containsExactly("admin");
        assertThat(administration
                        .getJsonObject("permissions")
                        .getJsonArray("view")
                        .getValuesAs(JsonString::getString))
                .contains("user");
    }

    private JsonObject post(String url, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return json(http.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    private JsonObject get(String url, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .build();
        return json(http.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static JsonObject claimsOf(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            return reader.readObject();
        }
    }
}

package org.rocbap.survey.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.rocbap.survey.stack.SurveyStack;

/** Keycloak's admin API on the test stack's {@code rocb} realm, as the bootstrap administrator of the master realm. */
final class KeycloakAdmin {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String keycloak;
    private final String token;

    private KeycloakAdmin(String keycloak, String token) {
        this.keycloak = keycloak;
        this.token = token;
    }

    static KeycloakAdmin signIn(SurveyStack stack) throws IOException, InterruptedException {
        String keycloak = stack.settings().keycloakUrl();
        HttpResponse<String> tokens = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(keycloak + "realms/master/protocol/openid-connect/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return new KeycloakAdmin(keycloak, ((JsonObject) json(tokens.body())).getString("access_token"));
    }

    /** Creates an enabled user of the realm with that password, without roles. */
    HttpResponse<String> createUser(String username, String password) throws IOException, InterruptedException {
        String user = Json.createObjectBuilder()
                .add("username", username)
                .add("enabled", true)
                .add("firstName", "Test")
                .add("lastName", "User")
                .add("email", URLEncoder.encode(username, StandardCharsets.UTF_8) + "@customs.example")
                .add("emailVerified", true)
                .add(
                        "credentials",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("type", "password")
                                        .add("value", password)
                                        .add("temporary", false)))
                .build()
                .toString();
        return send(HttpRequest.newBuilder(realm("users"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user)));
    }

    /** A JSON answer of the realm's admin API, e.g. {@code attack-detection/brute-force/users/{id}}. */
    JsonStructure get(String path) throws IOException, InterruptedException {
        return json(send(HttpRequest.newBuilder(realm(path))).body());
    }

    private URI realm(String path) {
        return URI.create(keycloak + "admin/realms/rocb/" + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(
                request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonStructure json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }
}

package org.rocbap.survey.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.rocbap.survey.stack.SurveyStack;

/**
 * Keycloak's admin API on the test stack's {@code rocb} realm, as the bootstrap administrator of the
 * master realm, whose tokens live a minute: sign in again for a long task.
 */
public final class KeycloakAdmin {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String keycloak;
    private final String token;

    private KeycloakAdmin(String keycloak, String token) {
        this.keycloak = keycloak;
        this.token = token;
    }

    public static KeycloakAdmin signIn(SurveyStack stack) throws IOException, InterruptedException {
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
        return createUser(username, password, Map.of());
    }

    /** Creates an enabled user of the realm with that password and attributes (e.g. administration), without roles. */
    public HttpResponse<String> createUser(String username, String password, Map<String, String> attributes)
            throws IOException, InterruptedException {
        JsonObjectBuilder values = Json.createObjectBuilder();
        attributes.forEach(
                (name, value) -> values.add(name, Json.createArrayBuilder().add(value)));
        String user = Json.createObjectBuilder()
                .add("attributes", values)
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

    /** Gives a user of the realm one of the realm's roles. */
    public HttpResponse<String> grantRealmRole(String username, String role) throws IOException, InterruptedException {
        JsonObject user = ((JsonArray)
                        get("users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)))
                .getJsonObject(0);
        JsonObject roleRepresentation = (JsonObject) get("roles/" + URLEncoder.encode(role, StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(realm("users/" + user.getString("id") + "/role-mappings/realm"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createArrayBuilder()
                        .add(roleRepresentation)
                        .build()
                        .toString())));
    }

    /** Replaces a representation of the realm's admin API, e.g. {@code clients/{id}}. */
    HttpResponse<String> put(String path, JsonObject representation) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(realm(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(representation.toString())));
    }

    /** Deletes through the realm's admin API, e.g. {@code sessions/{id}} (which ends a sign-in). */
    HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(realm(path)).DELETE());
    }

    /** The ids of a user's Keycloak sessions (the {@code sid} of their tokens). */
    java.util.Set<String> sessionsOf(String username) throws IOException, InterruptedException {
        JsonObject user = ((JsonArray)
                        get("users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)))
                .getJsonObject(0);
        return ((JsonArray) get("users/" + user.getString("id") + "/sessions"))
                .getValuesAs(JsonObject.class).stream()
                        .map(s -> s.getString("id"))
                        .collect(java.util.stream.Collectors.toSet());
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

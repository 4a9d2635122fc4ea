package org.rocbap.survey.directory.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.rocbap.survey.directory.entity.Contact;
import org.rocbap.survey.preference.entity.Languages;

/**
 * Keycloak's admin API as the {@code survey-directory} client's service account sees it: it may view
 * users and nothing else. The realm comes from {@code OIDC_PROVIDER_URL}, the client's secret from
 * {@code SURVEY_DIRECTORY_CLIENT_SECRET}.
 */
public final class KeycloakUsers {

    private static final String CLIENT_ID = "survey-directory";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_USERS = 1000;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String realmUrl;
    private final String secret;
    private String token;
    private Instant tokenExpires = Instant.MIN;

    public KeycloakUsers(String realmUrl, String secret) {
        this.realmUrl = realmUrl.endsWith("/") ? realmUrl.substring(0, realmUrl.length() - 1) : realmUrl;
        this.secret = secret;
    }

    /**
     * The enabled users with an e-mail who hold {@code role} for {@code administration}: the users
     * whose attribute names the administration, then their realm roles (both readable with
     * {@code view-users} alone; listing a role's users would need {@code view-realm}).
     */
    public synchronized List<Contact> holding(String role, String administration) throws IOException {
        String users = realmUrl.replaceFirst("/realms/([^/]+)$", "/admin/realms/$1") + "/users";
        List<Contact> holders = new ArrayList<>();
        for (JsonObject user : get(users + "?briefRepresentation=false&exact=true&max=" + MAX_USERS + "&q="
                        + URLEncoder.encode("administration:" + administration, StandardCharsets.UTF_8))
                .asJsonArray()
                .getValuesAs(JsonObject.class)) {
            if (!user.getBoolean("enabled", false)
                    || !user.containsKey("email")
                    || attribute(user, "administration").noneMatch(administration::equals)) {
                continue;
            }
            boolean holds = get(users + "/" + URLEncoder.encode(user.getString("id"), StandardCharsets.UTF_8)
                            + "/role-mappings/realm/composite")
                    .asJsonArray()
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .anyMatch(r -> role.equals(r.getString("name", "")));
            if (holds) {
                holders.add(
                        new Contact(user.getString("username"), name(user), user.getString("email"), language(user)));
            }
        }
        return holders;
    }

    private JsonValue get(String url) throws IOException {
        return json(send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token())
                .GET()));
    }

    private String token() throws IOException {
        if (token == null || Instant.now().isAfter(tokenExpires)) {
            String form = "grant_type=client_credentials&client_id=" + CLIENT_ID + "&client_secret="
                    + URLEncoder.encode(secret, StandardCharsets.UTF_8);
            JsonObject answer = json(send(
                            HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(form))))
                    .asJsonObject();
            token = answer.getString("access_token");
            // Renewed well before it runs out, so that a long run never sends an expired one.
            tokenExpires = Instant.now().plusSeconds(Math.max(0, answer.getInt("expires_in", 60) - 30));
        }
        return token;
    }

    private String send(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("Keycloak answered " + response.statusCode() + " to " + response.uri());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while asking Keycloak", e);
        }
    }

    private static JsonValue json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }

    private static Stream<String> attribute(JsonObject user, String name) {
        JsonObject attributes = user.getJsonObject("attributes");
        if (attributes == null || !attributes.containsKey(name)) {
            return Stream.empty();
        }
        return attributes.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString);
    }

    private static String name(JsonObject user) {
        String first = user.getString("firstName", "");
        String last = user.getString("lastName", "");
        String full = (first + " " + last).strip();
        return full.isEmpty() ? user.getString("username") : full;
    }

    private static String language(JsonObject user) {
        return attribute(user, "locale")
                .filter(Languages.SUPPORTED::contains)
                .findFirst()
                .orElse("en");
    }
}

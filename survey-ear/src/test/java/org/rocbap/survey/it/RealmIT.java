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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rocbap.survey.stack.SurveyStack;

/**
 * The realm: the production file's settings (no users, no secrets, no development addresses), and on
 * the imported realm (the production file with the demo overlay) the API's machine client, the rule
 * that only administrators set a user's administration, the password policy, the lockout after
 * repeated failures, the password grant refused everywhere, and the audience check.
 */
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
        assertThat(claims.get("aud").toString()).as("meant for the application").contains("survey-web");
    }

    @Test
    void theProductionRealmHasNoUsersNoSecretsAndNoDevelopmentAddresses() throws IOException {
        String text = Files.readString(Path.of(System.getProperty("survey.realm.file")));
        JsonObject realm;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            realm = reader.readObject();
        }

        assertThat(text).doesNotContain("localhost", "dev-secret", "\"secret\"", "\"value\"");
        assertThat(realm.getJsonArray("users").getValuesAs(JsonObject.class))
                .as("service accounts only, the API's without any role")
                .allSatisfy(u -> assertThat(u.getString("username")).startsWith("service-account-"))
                .filteredOn(u -> u.getString("username").equals("service-account-survey-api"))
                .allSatisfy(u -> assertThat(u.containsKey("realmRoles")).isFalse());
        assertThat(realm.getJsonArray("clients").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("clientId"), c -> c.getBoolean("directAccessGrantsEnabled"))
                .contains(org.assertj.core.groups.Tuple.tuple("admin-cli", false))
                .allSatisfy(c -> assertThat(c.toList().get(1)).isEqualTo(false));
        assertThat(realm.getString("passwordPolicy")).contains("length(12)", "notUsername", "passwordHistory");
        assertThat(realm.getInt("failureFactor")).isLessThanOrEqualTo(5);
        assertThat(realm.getBoolean("eventsEnabled")).isTrue();
    }

    @Test
    void theProductionRealmAsksStaffAndHeadForAOneTimePassword() throws IOException {
        JsonObject realm;
        try (JsonReader reader =
                Json.createReader(Files.newBufferedReader(Path.of(System.getProperty("survey.realm.file"))))) {
            realm = reader.readObject();
        }
        Map<String, JsonObject> flows = realm.getJsonArray("authenticationFlows").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(f -> f.getString("alias"), f -> f));
        Map<String, JsonObject> configs =
                realm.getJsonArray("authenticatorConfig").getValuesAs(JsonObject.class).stream()
                        .collect(Collectors.toMap(c -> c.getString("alias"), c -> c.getJsonObject("config")));

        assertThat(realm.getJsonObject("roles").getJsonArray("realm").getValuesAs(JsonObject.class))
                .filteredOn(r -> r.getString("name").startsWith("rocb-"))
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.getJsonObject("composites")
                                .getJsonArray("realm")
                                .getValuesAs(JsonString::getString))
                        .as(r.getString("name"))
                        .containsExactly("two-factor-required"));
        JsonObject browser = flows.get(realm.getString("browserFlow"));
        assertThat(steps(browser)).containsExactly("auth-cookie ALTERNATIVE", "rocb browser forms ALTERNATIVE");
        assertThat(steps(flows.get("rocb browser forms")))
                .startsWith("auth-username-password-form REQUIRED", "rocb one-time password required CONDITIONAL");
        JsonObject required = flows.get("rocb one-time password required");
        assertThat(steps(required)).containsExactly("conditional-user-role REQUIRED", "auth-otp-form REQUIRED");
        String condition = required.getJsonArray("authenticationExecutions")
                .getJsonObject(0)
                .getString("authenticatorConfig");
        assertThat(configs.get(condition))
                .containsEntry("condUserRole", Json.createValue("two-factor-required"))
                .containsEntry("negate", Json.createValue("false"));
        assertThat(realm.getBoolean("otpPolicyCodeReusable")).isFalse();
    }

    /** A flow's steps in order, each as "authenticator-or-subflow requirement". */
    private static java.util.List<String> steps(JsonObject flow) {
        return flow.getJsonArray("authenticationExecutions").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("authenticator", e.getString("flowAlias", "")) + " " + e.getString("requirement"))
                .toList();
    }

    @Test
    void keycloakReturnsASignInOnlyToTheApplicationsOneExactAddress(SurveyStack stack) throws Exception {
        String app = stack.settings().applicationUrl();
        String realmFile = Files.readString(Path.of(System.getProperty("survey.realm.file")));
        assertThat(realmFile).contains("\"${SURVEY_PUBLIC_URL}signed-in\"").doesNotContain("*\"");

        for (String elsewhere : java.util.List.of(
                app, app + "index.xhtml", app + "signed-in/x", app + "signed-in?next=x", "https://evil.example/")) {
            assertThat(send(authorization(stack, elsewhere)).statusCode())
                    .as(elsewhere)
                    .isEqualTo(400);
        }
        assertThat(send(authorization(stack, app + "signed-in")).statusCode()).isEqualTo(200);
    }

    private static String authorization(SurveyStack stack, String redirect) {
        return stack.realmUrl() + "/protocol/openid-connect/auth?client_id=survey-web&response_type=code&scope=openid"
                + "&code_challenge=" + "x".repeat(43) + "&code_challenge_method=S256&redirect_uri="
                + URLEncoder.encode(redirect, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void thePasswordGrantIsRefusedToEveryClientOfTheRealm(SurveyStack stack) throws Exception {
        for (Map<String, String> client : java.util.List.of(
                Map.of("client_id", "admin-cli"),
                Map.of("client_id", "survey-web", "client_secret", "survey-web-dev-secret"),
                Map.of("client_id", "survey-api", "client_secret", "survey-api-dev-secret"))) {
            Map<String, String> form = new java.util.HashMap<>(client);
            form.putAll(Map.of("grant_type", "password", "username", "fp.fji", "password", DemoUser.PASSWORD));
            HttpResponse<String> response = send(stack.realmUrl() + "/protocol/openid-connect/token", form);
            assertThat(response.statusCode())
                    .as(client + ": " + response.body())
                    .isBetween(400, 401);
            assertThat(response.body()).as(client.toString()).doesNotContain("access_token");
        }
    }

    @Test
    void theApiRefusesTheTokenOfAnotherClientOfTheRealm(SurveyStack stack) throws Exception {
        String directory = json(send(
                        stack.realmUrl() + "/protocol/openid-connect/token",
                        Map.of(
                                "grant_type", "client_credentials",
                                "client_id", "survey-directory",
                                "client_secret", "survey-directory-dev-secret")))
                .getString("access_token");

        HttpResponse<String> refused = http.send(
                HttpRequest.newBuilder(URI.create(stack.settings().applicationUrl() + "api/v1/workshops"))
                        .header("Authorization", "Bearer " + directory)
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(401);
    }

    @Test
    void aShortPasswordIsRefusedAndFiveWrongOnesLockTheAccount(SurveyStack stack) throws Exception {
        KeycloakAdmin admin = KeycloakAdmin.signIn(stack);
        String username = "lock-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.createUser(username, "Short-1").body()).contains("invalidPasswordMinLength");
        HttpResponse<String> created = admin.createUser(username, "Correct-horse-7");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");

        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                ApiClient.token(stack, username, "Wrong-password-" + attempt);
                throw new AssertionError("a wrong password signed in");
            } catch (IllegalStateException expected) {
                // Keycloak showed its login form again.
            }
        }

        JsonObject status = (JsonObject) admin.get("attack-detection/brute-force/users/" + id);
        assertThat(status.getBoolean("disabled")).as(status.toString()).isTrue();
        try {
            ApiClient.token(stack, username, "Correct-horse-7");
            throw new AssertionError("a locked account signed in");
        } catch (IllegalStateException expected) {
            // The right password does not open a locked account either.
        }
    }

    @Test
    void usersCanSeeButNotChangeTheirAdministration(SurveyStack stack) throws Exception {
        JsonObject profile = (JsonObject) KeycloakAdmin.signIn(stack).get("users/profile");
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
        return json(send(url, form));
    }

    private HttpResponse<String> send(String url, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
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

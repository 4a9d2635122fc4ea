package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rocbap.survey.stack.SurveyStack;

/**
 * Bearer tokens the API must refuse: altered after Keycloak signed them, unsigned, expired; and a
 * focal point's or manager's token without the administration claim, which must open nothing rather
 * than every administration. (A token of another client of the realm: {@code RealmIT}.)
 */
@ExtendWith(StackExtension.class)
class BearerTokenIT {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    /**
     * A program without a token gets 401 and the problem document on every path, whatever it accepts:
     * a plain curl sends {@code Accept: *}{@code /*}, which the sign-in would otherwise take for a
     * browser and send to Keycloak's login page.
     */
    @Test
    void aCallWithoutATokenGets401WhateverItAccepts(SurveyStack stack) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String api = stack.settings().applicationUrl() + "api/v1/";
        for (String path : List.of("workshops", "compliance?fiscalYear=2016-17", "openapi.yaml", "no-such-resource")) {
            for (String accept :
                    new String[] {null, "*/*", "text/html,application/xhtml+xml,*/*;q=0.8", "application/json"}) {
                for (String method : List.of("GET", "POST")) {
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path))
                            .method(method, HttpRequest.BodyPublishers.ofString(method.equals("POST") ? "{}" : ""));
                    if (accept != null) {
                        request.header("Accept", accept);
                    }
                    HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    String what = method + " " + path + " Accept: " + accept;
                    assertThat(answer.statusCode()).as(what).isEqualTo(401);
                    assertThat(answer.headers().firstValue("Content-Type"))
                            .as(what)
                            .hasValue("application/problem+json");
                    assertThat(answer.headers().firstValue("WWW-Authenticate"))
                            .as(what)
                            .hasValueSatisfying(
                                    challenge -> assertThat(challenge).startsWith("Bearer"));
                    JsonObject problem = (JsonObject) ApiClient.json(answer.body());
                    assertThat(problem.getInt("status")).as(what).isEqualTo(401);
                    assertThat(problem.getString("title")).as(what).isEqualTo("Sign-in needed");
                }
            }
        }
    }

    @Test
    void aTokenAlteredAfterSigningOrNotSignedAtAllIsRefused(SurveyStack stack) {
        String token = ApiClient.token(stack, DemoUser.FOCAL_POINT_FJI);
        assertThat(ApiClient.withToken(stack, token)
                        .get("projects?administration=FJI")
                        .statusCode())
                .isEqualTo(200);
        String[] parts = token.split("\\.");
        JsonObject claims = decode(parts[1]);
        String otherAdministration =
                encode(copy(claims).add("administration", "WSM").build());
        String unsignedHeader = encode(
                Json.createObjectBuilder().add("alg", "none").add("typ", "JWT").build());

        for (String forged : List.of(
                parts[0] + "." + otherAdministration + "." + parts[2],
                unsignedHeader + "." + otherAdministration + ".",
                parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 4) + "AAAA")) {
            HttpResponse<String> answer = ApiClient.withToken(stack, forged).get("projects?administration=WSM");
            assertThat(answer.statusCode()).as(forged).isEqualTo(401);
            assertThat(answer.body()).doesNotContain("\"administration\"");
        }
    }

    @Test
    void anExpiredTokenIsRefused(SurveyStack stack) throws Exception {
        KeycloakAdmin admin = KeycloakAdmin.signIn(stack);
        JsonObject client = ((JsonArray) admin.get("clients?clientId=survey-web")).getJsonObject(0);
        String path = "clients/" + client.getString("id");
        JsonObject original = (JsonObject) admin.get(path);
        String token;
        try {
            JsonObject attributes = original.getJsonObject("attributes");
            JsonObjectBuilder shortLived = copy(attributes).add("access.token.lifespan", "3");
            assertThat(admin.put(
                                    path,
                                    copy(original).add("attributes", shortLived).build())
                            .statusCode())
                    .isEqualTo(204);
            token = ApiClient.token(stack, DemoUser.ROCB_STAFF.username, DemoUser.PASSWORD);
        } finally {
            // Keycloak keeps an attribute the representation leaves out; an empty one removes it.
            JsonObjectBuilder realmDefault =
                    copy(original.getJsonObject("attributes")).add("access.token.lifespan", "");
            assertThat(admin.put(
                                    path,
                                    copy(original)
                                            .add("attributes", realmDefault)
                                            .build())
                            .statusCode())
                    .isEqualTo(204);
        }
        JsonObject claims = decode(token.split("\\.")[1]);
        long expires = claims.getJsonNumber("exp").longValue();
        assertThat(expires - claims.getJsonNumber("iat").longValue()).isLessThan(10);
        JsonObject restored = decode(ApiClient.token(stack, DemoUser.ROCB_STAFF.username, DemoUser.PASSWORD)
                .split("\\.")[1]);
        assertThat(restored.getJsonNumber("exp").longValue()
                        - restored.getJsonNumber("iat").longValue())
                .as("the other tests get tokens of the realm's lifespan again")
                .isEqualTo(300);

        while (Instant.now().getEpochSecond() <= expires + 1) {
            Thread.sleep(500);
        }
        assertThat(ApiClient.withToken(stack, token).get("workshops").statusCode())
                .isEqualTo(401);
    }

    @Test
    void aFocalPointOrManagerWithoutAnAdministrationSeesNothingAndChangesNothing(SurveyStack stack) throws Exception {
        KeycloakAdmin admin = KeycloakAdmin.signIn(stack);
        for (String role : List.of("focal-point", "manager")) {
            String username =
                    "no.administration." + UUID.randomUUID().toString().substring(0, 8);
            String password = "No-administration-1";
            assertThat(admin.createUser(username, password).statusCode()).isEqualTo(201);
            assertThat(admin.grantRealmRole(username, role).statusCode()).isEqualTo(204);
            String token = ApiClient.token(stack, username, password);
            assertThat(decode(token.split("\\.")[1]).containsKey("administration"))
                    .isFalse();
            ApiClient caller = ApiClient.withToken(stack, token);

            for (String read : List.of(
                    "projects",
                    "projects?administration=FJI",
                    "workshops/FY2021-01/participants?administration=FJI",
                    "compliance",
                    "in-house-workshops?administration=FJI",
                    "in-house-workshops",
                    "audit")) {
                HttpResponse<String> answer = caller.get(read);
                assertThat(answer.statusCode())
                        .as(role + " GET " + read + ": " + answer.body())
                        .isIn(403, 404);
            }
            HttpResponse<String> change = caller.post("projects", """
                    {"administration": "FJI", "title": "Without an administration", "status": "IN_PROGRESS"}""");
            assertThat(change.statusCode()).as(role + ": " + change.body()).isEqualTo(403);
            HttpResponse<String> page = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(stack.settings().applicationUrl() + "index.xhtml"))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Accept", "text/html")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(role + " home page").isIn(200, 403);
        }
    }

    private static JsonObject decode(String part) {
        return (JsonObject) ApiClient.json(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
    }

    private static String encode(JsonObject json) {
        return BASE64URL.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObjectBuilder copy(JsonObject json) {
        return Json.createObjectBuilder(json);
    }
}

package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rocbap.survey.it.pages.HomePage;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.stack.SurveyStack;

/**
 * Back-channel logout: a sign-in ended in Keycloak (here by an administrator) ends in the application
 * at the next request, for pages and bearer tokens alike, and only that one; a logout token Keycloak
 * did not sign, or a token of Keycloak's that is no logout token, ends nothing.
 */
@ExtendWith(StackExtension.class)
class BackChannelLogoutIT {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSignInEndedInKeycloakEndsInTheApplicationAtOnceAndOnlyThatOne(SurveyStack stack) throws Exception {
        KeycloakAdmin admin = KeycloakAdmin.signIn(stack);
        String app = stack.settings().applicationUrl();
        try (Browser ended = new Browser();
                Browser other = new Browser()) {
            String session = signIn(admin, ended, app, DemoUser.MANAGER_WSM);
            signIn(admin, other, app, DemoUser.MANAGER_WSM);

            assertThat(admin.delete("sessions/" + session).statusCode()).isEqualTo(204);

            ended.open(app + "index.xhtml");
            KeycloakLoginPage.expect(ended);
            other.open(app + "index.xhtml");
            assertThat(HomePage.expect(other).userName())
                    .as("the other sign-in goes on")
                    .isEqualTo("Malia Faleolo");
        }
    }

    @Test
    void aBearerTokenOfAnEndedSignInIsRefused(SurveyStack stack) throws Exception {
        KeycloakAdmin admin = KeycloakAdmin.signIn(stack);
        String token = ApiClient.token(stack, DemoUser.FOCAL_POINT_WSM.username, DemoUser.PASSWORD);
        ApiClient api = ApiClient.withToken(stack, token);
        assertThat(api.get("in-house-workshops?administration=WSM").statusCode())
                .isEqualTo(200);

        admin.delete("sessions/" + claims(token).getString("sid"));

        HttpResponse<String> refused = api.get("in-house-workshops?administration=WSM");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
    }

    @Test
    void aLogoutTokenKeycloakDidNotSignOrATokenThatIsNoLogoutTokenEndsNothing(SurveyStack stack) throws Exception {
        KeycloakAdmin admin = KeycloakAdmin.signIn(stack);
        String app = stack.settings().applicationUrl();
        String accessToken = ApiClient.token(stack, DemoUser.FOCAL_POINT_WSM.username, DemoUser.PASSWORD);
        try (Browser browser = new Browser()) {
            String session = signIn(admin, browser, app, DemoUser.FOCAL_POINT_WSM);
            JsonObject logout = Json.createObjectBuilder()
                    .add("iss", stack.realmUrl())
                    .add("aud", "survey-web")
                    .add("iat", Instant.now().getEpochSecond())
                    .add("jti", "forged")
                    .add("sid", session)
                    .add(
                            "events",
                            Json.createObjectBuilder()
                                    .add(
                                            "http://schemas.openid.net/event/backchannel-logout",
                                            Json.createObjectBuilder()))
                    .build();
            // Typed as logout tokens are, so that only the signature is wrong.
            String unsigned = encode(Json.createObjectBuilder()
                            .add("alg", "none")
                            .add("typ", "logout+jwt")
                            .build())
                    + "." + encode(logout) + ".";
            String[] signed = accessToken.split("\\.");
            String resigned = encode(Json.createObjectBuilder(part(signed[0]))
                            .add("typ", "logout+jwt")
                            .build())
                    + "." + encode(logout) + "." + signed[2];

            for (String forged : new String[] {unsigned, resigned, accessToken, "not-a-token", ""}) {
                HttpResponse<String> answer = postLogout(app, forged);
                assertThat(answer.statusCode()).as(forged).isEqualTo(400);
                assertThat(answer.body()).contains("invalid_request");
            }

            browser.open(app + "index.xhtml");
            assertThat(HomePage.expect(browser).userName()).isEqualTo("Tasi Leavasa");
            assertThat(ApiClient.withToken(stack, accessToken)
                            .get("in-house-workshops?administration=WSM")
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    /** Signs the browser in, and answers the Keycloak session this sign-in opened. */
    private static String signIn(KeycloakAdmin admin, Browser browser, String app, DemoUser user) throws Exception {
        Set<String> before = admin.sessionsOf(user.username);
        browser.open(app);
        KeycloakLoginPage.expect(browser).signIn(user.username, DemoUser.PASSWORD);
        Set<String> opened = new HashSet<>(admin.sessionsOf(user.username));
        opened.removeAll(before);
        assertThat(opened).hasSize(1);
        return opened.iterator().next();
    }

    private HttpResponse<String> postLogout(String app, String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(app + "oidc/backchannel-logout"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "logout_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject part(String encoded) {
        return (JsonObject) ApiClient.json(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8));
    }

    private static JsonObject claims(String token) {
        return (JsonObject) ApiClient.json(
                new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static String encode(JsonObject json) {
        return BASE64URL.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }
}

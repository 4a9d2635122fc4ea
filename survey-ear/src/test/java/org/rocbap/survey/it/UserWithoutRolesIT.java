package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rocbap.survey.stack.SurveyStack;

/**
 * A user the realm knows but who holds none of the application's roles (say, an account created
 * before its roles were given) gets the access-denied page, answered 403, on every page, and 403
 * from the API: never a server error.
 */
@ExtendWith(StackExtension.class)
class UserWithoutRolesIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSignedInUserWithoutRolesIsDeniedAccessCleanly(SurveyStack stack) throws Exception {
        String username = "no.roles." + UUID.randomUUID().toString().substring(0, 8);
        createUser(stack, username, "Without-roles-1");
        String token = ApiClient.token(stack, username, "Without-roles-1");

        HttpResponse<String> home = get(stack.settings().applicationUrl() + "index.xhtml", token);
        HttpResponse<String> api = get(stack.settings().applicationUrl() + "api/v1/workshops", token);

        assertThat(home.statusCode()).isEqualTo(403);
        assertThat(home.body()).contains("class=\"error-403\"");
        assertThat(api.statusCode()).isEqualTo(403);
    }

    private void createUser(SurveyStack stack, String username, String password) throws Exception {
        String keycloak = stack.settings().keycloakUrl();
        String form = "grant_type=password&client_id=admin-cli&username=admin&password=admin";
        HttpResponse<String> tokens = http.send(
                HttpRequest.newBuilder(URI.create(keycloak + "realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String admin =
                Json.createReader(new StringReader(tokens.body())).readObject().getString("access_token");
        String user = Json.createObjectBuilder()
                .add("username", username)
                .add("enabled", true)
                .add("firstName", "Without")
                .add("lastName", "Roles")
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
        HttpResponse<String> created = http.send(
                HttpRequest.newBuilder(URI.create(keycloak + "admin/realms/rocb/users"))
                        .header("Authorization", "Bearer " + admin)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(user))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private HttpResponse<String> get(String url, String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

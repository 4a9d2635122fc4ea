package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
        assertThat(KeycloakAdmin.signIn(stack)
                        .createUser(username, "Without-roles-1")
                        .statusCode())
                .isEqualTo(201);
        String token = ApiClient.token(stack, username, "Without-roles-1");

        HttpResponse<String> home = get(stack.settings().applicationUrl() + "index.xhtml", token);
        HttpResponse<String> api = get(stack.settings().applicationUrl() + "api/v1/workshops", token);

        assertThat(home.statusCode()).isEqualTo(403);
        assertThat(home.body()).contains("class=\"error-403\"");
        assertThat(api.statusCode()).isEqualTo(403);
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

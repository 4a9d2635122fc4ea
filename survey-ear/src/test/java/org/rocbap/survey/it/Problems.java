package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;

/** What the tests check of the API's problem answers (RFC 9457 with a JSON pointer per error). */
final class Problems {

    private Problems() {}

    /** The answer has that status and an error at {@code pointer} whose text contains {@code text}. */
    static void assertProblem(HttpResponse<String> response, int status, String pointer, String text) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(errors(response)).as(response.body()).anySatisfy(e -> {
            assertThat(e.getString("pointer")).isEqualTo(pointer);
            assertThat(e.getString("detail")).contains(text);
        });
    }

    static List<JsonObject> errors(HttpResponse<String> response) {
        return ApiClient.object(response).getJsonArray("errors").getValuesAs(JsonValue::asJsonObject);
    }
}

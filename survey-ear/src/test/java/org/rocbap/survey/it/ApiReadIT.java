package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rocbap.survey.stack.SurveyStack;

/** The read endpoints page their lists, keep the access rules, and the OpenAPI document is served. */
@ExtendWith(StackExtension.class)
class ApiReadIT {

    @Test
    void listsArePagedWithTheirTotal(SurveyStack stack) {
        ApiClient staff = ApiClient.as(stack, DemoUser.ROCB_STAFF);

        HttpResponse<String> page = staff.get("workshops?fiscalYear=2016-17&offset=10&limit=2");
        HttpResponse<String> badPage = staff.get("workshops?limit=100000");

        assertThat(page.headers().firstValue("X-Total-Count")).hasValue("13");
        assertThat(ApiClient.json(page.body()).asJsonArray().getValuesAs(JsonObject.class))
                .extracting(w -> w.getString("code"))
                .containsExactly("FY1617-11", "FY1617-12");
        assertThat(badPage.statusCode()).isEqualTo(400);
    }

    @Test
    void repliesOfAWorkshopKeepTheAccessRules(SurveyStack stack) {
        FollowUpFixture fixture = new FollowUpFixture(stack);
        long fji = fixture.participant("FJI");
        fixture.draftReply(fji);
        String path = "workshops/" + FollowUpFixture.WORKSHOP + "/replies";

        HttpResponse<String> own = ApiClient.as(stack, DemoUser.MANAGER_FJI).get(path + "?administration=FJI");
        HttpResponse<String> other = ApiClient.as(stack, DemoUser.MANAGER_WSM).get(path + "?administration=FJI");
        HttpResponse<String> all = ApiClient.as(stack, DemoUser.FOCAL_POINT_FJI).get(path);

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(own.body()).asJsonArray().getValuesAs(JsonObject.class))
                .anySatisfy(r ->
                        assertThat(r.getJsonNumber("participant").longValue()).isEqualTo(fji));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(all.statusCode())
                .as("every administration is for the ROCB A/P")
                .isEqualTo(403);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi(SurveyStack stack) {
        HttpResponse<String> yaml =
                ApiClient.as(stack, DemoUser.FOCAL_POINT_FJI).get("openapi.yaml");
        HttpResponse<String> json =
                ApiClient.as(stack, DemoUser.FOCAL_POINT_FJI).get("openapi");

        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/yaml"));
        assertThat(json.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(yaml.body()).startsWith("---").contains("openapi: 3.1.0").contains("/api/v1/rounds/import");
        JsonObject paths = ApiClient.object(json).getJsonObject("paths");
        assertThat(paths.keySet())
                .contains(
                        "/api/v1/rounds/{fiscalYear}/summary",
                        "/api/v1/rounds/{fiscalYear}/compliance",
                        "/api/v1/workshops",
                        "/api/v1/workshops/{workshop}/participants",
                        "/api/v1/workshops/{workshop}/replies",
                        "/api/v1/projects");
    }
}

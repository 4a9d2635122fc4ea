package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rocbap.survey.client.ApiClient;
import org.rocbap.survey.client.ApiException;
import org.rocbap.survey.client.api.DefaultApi;
import org.rocbap.survey.client.model.ImportResult;
import org.rocbap.survey.client.model.ImportRoundRequest;
import org.rocbap.survey.client.model.Totals;
import org.rocbap.survey.stack.SurveyStack;

/**
 * The API as an API user's tooling sees it: a Java client generated at build time from the API's
 * own OpenAPI document (openapi-generator, {@code native} library) imports a round and reads its
 * summary from the real server.
 */
@ExtendWith(StackExtension.class)
class GeneratedClientIT {

    @Test
    void aClientGeneratedFromTheDocumentImportsARoundAndReadsItsSummary(SurveyStack stack) throws ApiException {
        DefaultApi api = api(stack, DemoUser.ROCB_STAFF);
        ImportRoundRequest round = new ImportRoundRequest();
        round.setFiscalYear("2012/13");
        round.setWorkshops(List.of(Map.of(
                "code", "IT-CLIENT-1213",
                "title", "Workshop imported through the generated client",
                "startDate", "2012-09-03",
                "endDate", "2012-09-07",
                "participants",
                        List.of(
                                Map.of(
                                        "administration",
                                        "FJI",
                                        "name",
                                        "Ana",
                                        "email",
                                        "ana@client.example",
                                        "missionReport",
                                        Map.of("filedOn", "2012-09-20")),
                                Map.of("administration", "WSM", "name", "Tavita", "email", "tavita@client.example")))));
        round.setReplies(List.of(Map.of(
                "workshop", "IT-CLIENT-1213",
                "participantEmail", "ana@client.example",
                "submittedOn", "2013-03-01",
                "q1", Map.of("sharedMaterials", true, "colleaguesShared", 12),
                "q3", Map.of("answer", "YES", "text", "Faster clearance"))));

        ImportResult imported = api.importRound(round);
        Totals totals = api.getRoundSummary("2012-13").getTotals();

        assertThat(imported.getWorkshops().getCreated()
                        + imported.getWorkshops().getUpdated())
                .isLessThanOrEqualTo(1);
        assertThat(totals.getParticipatingAdministrations()).isEqualTo(2);
        assertThat(totals.getReplyingAdministrations()).isEqualTo(1);
        assertThat(totals.getReplies()).isEqualTo(1);
        assertThat(totals.getReplyRate()).isEqualTo(0.5);
        assertThat(totals.getActions().getSharedMaterials()).isEqualTo(1);
        assertThat(totals.getDirectEffects().getYes()).isEqualTo(1);
    }

    @Test
    void theGeneratedClientSeesTheDocumentedProblemAnswers(SurveyStack stack) {
        DefaultApi api = api(stack, DemoUser.FOCAL_POINT_FJI);
        ImportRoundRequest round = new ImportRoundRequest();
        round.setFiscalYear("2012/13");
        round.setWorkshops(List.of());

        ApiException refused = catchThrowableOfType(ApiException.class, () -> api.importRound(round));

        assertThat(refused.getCode()).isEqualTo(403);
        assertThat(refused.getResponseBody()).contains("\"status\":403");
    }

    private static DefaultApi api(SurveyStack stack, DemoUser user) {
        String token = org.rocbap.survey.it.ApiClient.token(stack, user);
        ApiClient client = new ApiClient();
        client.updateBaseUri(stack.settings().applicationUrl().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new DefaultApi(client);
    }
}

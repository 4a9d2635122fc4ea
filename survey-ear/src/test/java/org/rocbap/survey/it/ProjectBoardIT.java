package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.it.pages.ProjectBoardPage;
import org.rocbap.survey.stack.SeedRound;
import org.rocbap.survey.stack.SurveyStack;

/**
 * The head browses every administration's modernization projects on the board, a page at a time,
 * and filters it: the counts are the database's, as the API tells them.
 */
@ExtendWith(StackExtension.class)
class ProjectBoardIT {

    @Test
    void theHeadFiltersTheBoardByAdministration(SurveyStack stack) {
        ApiClient staff = ApiClient.as(stack, DemoUser.ROCB_STAFF);
        assertThat(staff.post("rounds/import", SeedRound.document().toString()).statusCode())
                .isEqualTo(200);
        HttpResponse<String> fiji = staff.get("projects?administration=FJI&limit=1");
        String fijiProjects = fiji.headers().firstValue("X-Total-Count").orElseThrow();

        try (Browser browser = new Browser()) {
            String app = stack.settings().applicationUrl();
            browser.open(app);
            KeycloakLoginPage.expect(browser).signIn(DemoUser.ROCB_HEAD.username, DemoUser.PASSWORD);
            ProjectBoardPage board = ProjectBoardPage.open(browser, app);
            assertThat(board.report()).matches("1-25 of \\d+ projects");
            assertThat(board.column(0)).hasSize(25);

            board.filter("administration", "FJI");
            browser.screenshot("project-board");

            assertThat(board.report()).endsWith("of " + fijiProjects + " projects");
            assertThat(board.column(0)).isNotEmpty().allMatch(cell -> cell.endsWith("FJI"));
            assertThat(board.column(6)).anyMatch(origin -> origin.contains("FY1617-"));
        }
    }

    /** Section 2(6) of the report: its named projects, each with the administration and workshop it names. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "MDV | FY1617-02 | Procurement of new x-ray machines",
                "MDV | FY1617-09 | Integration of electronic air cargo manifest data",
                "IDN | FY1617-03 | Consolidating stakeholders to draft regulation",
                "WSM | FY1617-04 | Initiation of the Data Warehousing Project",
                "THA | FY1617-05 | Development of the IPR database",
                "PAK | FY1617-10 | Developing the API/PNR system",
                "VNM | FY1617-12 | Plan to develop IPR data system"
            })
    void theReportsNamedProjectsAreThere(String administration, String workshop, String project, SurveyStack stack) {
        ApiClient staff = ApiClient.as(stack, DemoUser.ROCB_STAFF);
        assertThat(staff.post("rounds/import", SeedRound.document().toString()).statusCode())
                .isEqualTo(200);
        JsonArray projects = Json.createReader(
                        new StringReader(staff.get("projects?administration=" + administration + "&limit=100")
                                .body()))
                .readArray();
        assertThat(projects.getValuesAs(JsonObject.class)).anySatisfy(p -> {
            assertThat(p.getString("description")).startsWith(project);
            assertThat(p.getJsonArray("workshops").getString(0)).isEqualTo(workshop);
            assertThat(p.isNull("reply")).isFalse();
        });
    }
}

package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.it.pages.ReplyPage;
import org.rocbap.survey.stack.SurveyStack;

/**
 * The questionnaire's project register stays the same size whatever the administration holds: it lists
 * the open projects that concern the participant (their workshop's, or their reply's), twenty at most,
 * and finds any other by its title.
 */
@ExtendWith(StackExtension.class)
class QuestionnaireProjectsIT {

    @Test
    void theQuestionnaireListsTheParticipantsProjectsBoundedAndFindsTheRestByTitle(SurveyStack stack) {
        ApiClient staff = ApiClient.as(stack, DemoUser.ROCB_STAFF);
        String run = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        String workshop = "IT-PRJ-" + run;
        created(staff.post("workshops", """
                {"code": "%s", "title": "Workshop with many projects", "fiscalYear": "2018/19",
                 "startDate": "2018-08-06", "endDate": "2018-08-10", "venue": "Suva", "accreditation": false}""".formatted(workshop)));
        long participant = ApiClient.object(
                        created(staff.post("workshops/" + workshop + "/participants", """
                        {"administration": "FJI", "name": "Mere Projects", "email": "projects-%s@customs.example"}""".formatted(run))))
                .getJsonNumber("id")
                .longValue();
        for (int i = 1; i <= 21; i++) {
            created(staff.post("projects", """
                    {"administration": "FJI", "title": "Scanner %s no %02d", "status": "IN_PROGRESS", "workshops": ["%s"]}""".formatted(run, i, workshop)));
        }
        String elsewhere = "Risk engine " + run;
        created(staff.post("projects", """
                {"administration": "FJI", "title": "%s", "status": "PLANNED", "workshops": []}""".formatted(elsewhere)));

        try (Browser browser = new Browser()) {
            String app = stack.settings().applicationUrl();
            browser.open(app);
            KeycloakLoginPage.expect(browser).signIn(DemoUser.FOCAL_POINT_FJI.username, DemoUser.PASSWORD);
            browser.open(app + "questionnaire/reply.xhtml?participant=" + participant);
            ReplyPage.expect(browser);

            assertThat(projectTitles(browser))
                    .as("the workshop's projects, twenty at most, by title")
                    .hasSize(20)
                    .allMatch(title -> title.startsWith("Scanner " + run))
                    .doesNotContain(elsewhere);
            assertThat(browser.driver().findElement(By.id("projects-shown")).getText())
                    .startsWith("20 of your administration's");

            WebElement search = browser.driver().findElement(By.id("reply:projectSearch"));
            search.sendKeys(elsewhere);
            browser.driver().findElement(By.id("reply:searchProjects")).click();
            browser.waiting()
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> projectTitles(browser).equals(List.of(elsewhere)));
            assertThat(browser.driver().findElement(By.id("projects-shown")).getText())
                    .startsWith("1 of your administration's");
        }
    }

    private static List<String> projectTitles(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".project-row label")).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }

    private static HttpResponse<String> created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response;
    }
}

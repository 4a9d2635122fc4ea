package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.stack.SeedRound;
import org.rocbap.survey.stack.SurveyStack;

/**
 * A manager sees their own administration's FY2016/17 beside the region's reply rate, counted from
 * the seed round's own document here, and no other administration's workshops.
 */
@ExtendWith(StackExtension.class)
class AdministrationDashboardIT {

    @Test
    void aManagerSeesTheirAdministrationBesideTheRegion(SurveyStack stack) {
        JsonObject round = SeedRound.document();
        assertThat(ApiClient.as(stack, DemoUser.ROCB_STAFF)
                        .post("rounds/import", round.toString())
                        .statusCode())
                .isEqualTo(200);
        Set<String> fijiWorkshops = new HashSet<>();
        Set<String> fijiEmails = new HashSet<>();
        for (JsonObject w : round.getJsonArray("workshops").getValuesAs(JsonObject.class)) {
            for (JsonObject p : w.getJsonArray("participants").getValuesAs(JsonObject.class)) {
                if (p.getString("administration").equals("FJI")) {
                    fijiWorkshops.add(w.getString("code"));
                    fijiEmails.add(p.getString("email"));
                }
            }
        }
        Set<String> repliedTo = new HashSet<>();
        int shared = 0;
        int learned = 0;
        for (JsonObject r : round.getJsonArray("replies").getValuesAs(JsonObject.class)) {
            if (fijiEmails.contains(r.getString("participantEmail"))) {
                repliedTo.add(r.getString("workshop"));
                shared += r.getJsonObject("q1").getInt("colleaguesShared");
                learned += r.getInt("q1bisColleaguesLearned");
            }
        }

        try (Browser browser = new Browser()) {
            String app = stack.settings().applicationUrl();
            browser.open(app);
            KeycloakLoginPage.expect(browser).signIn(DemoUser.MANAGER_FJI.username, DemoUser.PASSWORD);
            browser.open(app + "administration/dashboard.xhtml");
            browser.choose(browser.driver().findElement(By.id("mine:fiscalYear")), "FY2016/17");
            browser.waiting()
                    .until(ExpectedConditions.textToBe(By.id("participated"), String.valueOf(fijiWorkshops.size())));
            browser.screenshot("dashboard-manager");

            assertThat(text(browser, "replied")).isEqualTo(String.valueOf(repliedTo.size()));
            assertThat(text(browser, "region-rate")).isEqualTo("57%");
            assertThat(text(browser, "reach"))
                    .isEqualTo("%d shared the materials with (Q1), %d learned from them (Q1bis)"
                            .formatted(shared, learned));
            assertThat(text(browser, "multiplier")).matches("\\d+\\.\\d per participant; the region: \\d+\\.\\d");
            List<String> codes = browser.driver().findElements(By.cssSelector("#mine\\:workshops_data tr")).stream()
                    .map(row -> row.findElement(By.tagName("td")).getText())
                    .map(cell -> cell.lines().reduce((a, b) -> b).orElse(cell).split(" ")[0])
                    .toList();
            assertThat(codes).containsExactlyInAnyOrderElementsOf(fijiWorkshops);
            // Each workshop's figures for Fiji, then for the region, each share with its interval.
            List<List<String>> impact = browser.driver().findElements(By.cssSelector("#mine\\:impact_data tr")).stream()
                    .map(row -> row.findElements(By.tagName("td")).stream()
                            .map(td -> td.getText().strip())
                            .toList())
                    .toList();
            assertThat(impact).hasSize(2 * fijiWorkshops.size());
            for (int i = 0; i < impact.size(); i += 2) {
                assertThat(impact.get(i).get(1)).isEqualTo("FJI");
                assertThat(impact.get(i + 1).get(1)).isEqualTo("Region");
                assertThat(impact.get(i + 1).get(0)).isEqualTo(impact.get(i).get(0));
                assertThat(impact.get(i + 1).get(2)).matches("\\d+% \\(\\d+%-\\d+%; \\d+ of \\d+\\)");
            }
        }
    }

    private static String text(Browser browser, String id) {
        WebElement element = browser.driver().findElement(By.id(id));
        return element.getText().strip();
    }
}

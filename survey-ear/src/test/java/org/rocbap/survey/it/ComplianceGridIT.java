package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rocbap.survey.it.pages.ComplianceGridPage;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.shared.config.FollowUpSettings;
import org.rocbap.survey.stack.SeedRound;
import org.rocbap.survey.stack.SurveyStack;

/**
 * The compliance grid of FY2016/17 on the seed round, every figure counted here from the round's own
 * document: the head sees every administration across the 13 workshops and opens the records behind
 * a cell; a manager sees only their administration's row and workshops.
 */
@ExtendWith(StackExtension.class)
class ComplianceGridIT {

    private static final String PCA = "FY1617-04";

    private static JsonObject round;

    @BeforeAll
    static void importTheSeedRound(SurveyStack stack) {
        round = SeedRound.document();
        assertThat(ApiClient.as(stack, DemoUser.ROCB_STAFF)
                        .post("rounds/import", round.toString())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void theHeadSeesEveryAdministrationAndTheRecordsBehindACell(SurveyStack stack) {
        Map<String, String> administrationOf = new HashMap<>();
        Set<String> administrations = new TreeSet<>();
        List<String> codes = new ArrayList<>();
        List<String> fijiAtPca = new ArrayList<>();
        int onTime = 0;
        int late = 0;
        int missing = 0;
        for (JsonObject w : round.getJsonArray("workshops").getValuesAs(JsonObject.class)) {
            codes.add(w.getString("code"));
            LocalDate due =
                    LocalDate.parse(w.getString("endDate")).plusDays(FollowUpSettings.DEFAULTS.missionReportDueDays());
            for (JsonObject p : w.getJsonArray("participants").getValuesAs(JsonObject.class)) {
                administrationOf.put(p.getString("email"), p.getString("administration"));
                administrations.add(p.getString("administration"));
                if (w.getString("code").equals(PCA)
                        && p.getString("administration").equals("FJI")) {
                    fijiAtPca.add(p.getString("name"));
                    if (p.isNull("missionReport")) {
                        missing++;
                    } else if (LocalDate.parse(p.getJsonObject("missionReport").getString("filedOn"))
                            .isAfter(due)) {
                        late++;
                    } else {
                        onTime++;
                    }
                }
            }
        }
        int fijiReplies = 0;
        List<String> fijiCascades = new ArrayList<>();
        for (JsonObject r : round.getJsonArray("replies").getValuesAs(JsonObject.class)) {
            String administration = administrationOf.get(r.getString("participantEmail"));
            if (administration.equals("FJI") && r.getString("workshop").equals(PCA)) {
                fijiReplies++;
                r.getJsonArray("inHouseWorkshops").getValuesAs(JsonObject.class).stream()
                        .map(i -> i.getString("title"))
                        .forEach(fijiCascades::add);
            }
        }

        try (Browser browser = new Browser()) {
            String app = stack.settings().applicationUrl();
            browser.open(app);
            KeycloakLoginPage.expect(browser).signIn(DemoUser.ROCB_HEAD.username, DemoUser.PASSWORD);
            ComplianceGridPage grid = ComplianceGridPage.open(browser, app, "2016-17");
            browser.screenshot("compliance-grid");

            assertThat(grid.administrations()).containsExactlyElementsOf(administrations);
            assertThat(grid.workshops()).containsExactlyElementsOf(codes);
            assertThat(grid.count())
                    .isEqualTo("%d of %d administrations, %d workshops."
                            .formatted(administrations.size(), administrations.size(), codes.size()));
            assertThat(grid.cellLabel("FJI", PCA))
                    .startsWith(
                            "Fiji at %s: %d participants; mission reports %d on time, %d late, %d missing, 0 not yet due;"
                                    .formatted(PCA, fijiAtPca.size(), onTime, late, missing))
                    .contains("replies %d submitted".formatted(fijiReplies))
                    .contains("%d in-house workshops".formatted(fijiCascades.size()));

            List<String> listed = grid.open("FJI", PCA);
            browser.screenshot("compliance-grid-cell");
            assertThat(listed).containsExactlyInAnyOrderElementsOf(fijiAtPca);
            assertThat(grid.inHouseTitles()).containsExactlyInAnyOrderElementsOf(fijiCascades);
            grid.closeDialog();

            grid.search("fij");
            assertThat(grid.administrations()).containsExactly("FJI");
            grid.search("");
            assertThat(grid.administrations()).hasSize(administrations.size());
            grid.show("With participants who have not replied");
            assertThat(grid.administrations()).isNotEmpty().hasSizeLessThanOrEqualTo(administrations.size());
            grid.search("no such administration");
            assertThat(grid.administrations()).isEmpty();
            assertThat(browser.driver().getPageSource()).contains("No administration matches the filters.");
        }
    }

    @Test
    void aManagerSeesOnlyTheirAdministration(SurveyStack stack) {
        Set<String> fijiWorkshops = new TreeSet<>();
        Map<String, String> administrationOf = new HashMap<>();
        int fijiParticipants = 0;
        for (JsonObject w : round.getJsonArray("workshops").getValuesAs(JsonObject.class)) {
            for (JsonObject p : w.getJsonArray("participants").getValuesAs(JsonObject.class)) {
                administrationOf.put(p.getString("email"), p.getString("administration"));
                if (p.getString("administration").equals("FJI")) {
                    fijiWorkshops.add(w.getString("code"));
                    fijiParticipants++;
                }
            }
        }
        long fijiReplies = round.getJsonArray("replies").getValuesAs(JsonObject.class).stream()
                .filter(r ->
                        administrationOf.get(r.getString("participantEmail")).equals("FJI"))
                .count();

        try (Browser browser = new Browser()) {
            String app = stack.settings().applicationUrl();
            browser.open(app);
            KeycloakLoginPage.expect(browser).signIn(DemoUser.MANAGER_FJI.username, DemoUser.PASSWORD);
            ComplianceGridPage grid = ComplianceGridPage.open(browser, app, "2016-17");

            assertThat(grid.administrations()).containsExactly("FJI");
            assertThat(grid.workshops()).containsExactlyElementsOf(fijiWorkshops);
            assertThat(grid.rates("FJI").get(0)).isEqualTo(Math.round(100.0 * fijiReplies / fijiParticipants) + "%");
            assertThat(browser.driver().getPageSource()).doesNotContain("(TON)").doesNotContain("(WSM)");
        }
    }
}

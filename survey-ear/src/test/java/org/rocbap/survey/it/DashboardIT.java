package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.rocbap.survey.it.pages.DashboardPage;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.stack.SeedRound;
import org.rocbap.survey.stack.SurveyStack;

/**
 * The head of the ROCB A/P opens the dashboard on the FY2016/17 round of Good Practice Report No. 17
 * and sees the report's figures: Tables 1-5 with their totals and percentages, each with a chart,
 * and the trend 28 % -> 47 % -> 57 % with the in-house adopters 6 -> 18 -> 19, the first two taken
 * from the published reports and shown as such.
 */
@ExtendWith(StackExtension.class)
class DashboardIT {

    @Test
    void theHeadSeesTheReportsTablesAndTrend(SurveyStack stack) {
        ApiClient staff = ApiClient.as(stack, DemoUser.ROCB_STAFF);
        assertThat(staff.post("rounds/import", SeedRound.document().toString()).statusCode())
                .isEqualTo(200);
        publish(staff, "2014-15", "0.28", 6);
        publish(staff, "2015-16", "0.47", 18);

        try (Browser browser = new Browser()) {
            browser.open(stack.settings().applicationUrl());
            KeycloakLoginPage.expect(browser).signIn(DemoUser.ROCB_HEAD.username, DemoUser.PASSWORD);
            DashboardPage dashboard = DashboardPage.open(
                            browser, stack.settings().applicationUrl())
                    .choose("2016/17");
            browser.screenshot("dashboard-head");

            assertThat(dashboard.totals("table1")).containsExactly("Total", "261", "148", "57%");
            assertThat(dashboard.totals("table2"))
                    .containsExactly(
                            "Total", "149", "109 (74%)", "120 (81%)", "83 (56%)", "47 (32%)", "27 (18%)", "34 (23%)");
            assertThat(dashboard.totals("table345"))
                    .containsExactly("Total", "96 (65%)", "52 (35%)", "142 (96%)", "5 (3%)", "96 (65%)", "53 (36%)");
            // The six of the tables, the reach and the trend, and the workshop impact intervals.
            assertThat(dashboard.charts()).isEqualTo(7);
            // Per reply, the counts made by hand from the seed's replies; then per administration, the
            // 19 that held in-house workshops against the others.
            List<List<String>> claims = dashboard.claims();
            assertThat(claims).hasSize(4);
            int[] q5 = SeedCounts.inHouseAgainst("q5");
            int[] q3 = SeedCounts.inHouseAgainst("q3");
            assertThat(claims.get(0))
                    .startsWith(claims.get(0).get(0), "replies", cell(q5[0], q5[1]), cell(q5[2], q5[3]));
            assertThat(claims.get(1))
                    .startsWith(claims.get(1).get(0), "replies", cell(q3[0], q3[1]), cell(q3[2], q3[3]));
            assertThat(claims.get(0).get(6))
                    .startsWith("Of " + (q5[0] + q5[1] + q5[2] + q5[3]) + " replies,")
                    .containsAnyOf("does not show that one causes the other", "could be chance");
            assertThat(claims.subList(2, 4)).allSatisfy(claim -> {
                assertThat(claim.get(1)).isEqualTo("administrations");
                java.util.regex.Matcher held = java.util.regex.Pattern.compile("(\\d+) / (\\d+) \\(\\d+% yes\\)")
                        .matcher(claim.get(2));
                assertThat(held.matches()).as(claim.get(2)).isTrue();
                assertThat(Integer.parseInt(held.group(1)) + Integer.parseInt(held.group(2)))
                        .isEqualTo(19);
            });
            // The report's own typo (workshops 10-13 dated 2016) and workshop 10's two replies from one
            // administration; no late replies: that round ran before the product and gave no due dates.
            assertThat(dashboard.warnings()).noneSatisfy(w -> assertThat(w).contains("after the due date"));
            assertThat(dashboard.warnings())
                    .anySatisfy(w -> assertThat(w).startsWith("4 workshops are dated outside the fiscal year"))
                    .anySatisfy(w -> assertThat(w)
                            .startsWith("One administration sent several replies to one workshop")
                            .contains("in FY1617-10: 2"));
            assertThat(dashboard.reachOf("FY1617-04")).isEqualTo(expectedReach("FY1617-04"));
            // The year's 13 workshops ranked by their replies, each share with its interval, and the chart.
            assertThat(browser.driver().findElements(By.cssSelector("#dashboard\\:impact_data tr")))
                    .hasSize(13)
                    .allSatisfy(row -> assertThat(
                                    row.findElements(By.tagName("td")).get(3).getText())
                            .matches("(?s).*\\d+% \\(\\d+%-\\d+%; \\d+ of \\d+\\)"));
            assertThat(browser.driver().findElements(By.id("dashboard:impact-chart")))
                    .hasSize(1);
            List<List<String>> trend = dashboard.trend();
            assertThat(trend).extracting(row -> row.get(0)).containsSubsequence("FY2014/15", "FY2015/16", "FY2016/17");
            assertThat(row(trend, "FY2014/15"))
                    .containsSubsequence("28%", "6", "Published in the report (no replies recorded here)");
            assertThat(row(trend, "FY2015/16")).containsSubsequence("47%", "18");
            assertThat(row(trend, "FY2016/17"))
                    .containsSubsequence("57%", "65%", "19", yearMultiplier(), "Counted from the recorded replies");
        }
    }

    @Test
    void aRoundImportedThroughTheApiAppearsWithItsOwnFigures(SurveyStack stack) {
        String round = """
                {"fiscalYear": "2011/12",
                 "workshops": [{"code": "IT-DASH-1112", "title": "Workshop on rules of origin", "startDate": "2011-10-03",
                   "endDate": "2011-10-07", "participants": [
                     {"administration": "TON", "name": "Sione", "email": "sione@dash.example"},
                     {"administration": "VUT", "name": "Leilani", "email": "leilani@dash.example"},
                     {"administration": "PNG", "name": "Kiri", "email": "kiri@dash.example"}]}],
                 "replies": [{"workshop": "IT-DASH-1112", "participantEmail": "sione@dash.example",
                   "submittedOn": "2012-04-02", "q1": {"sharedMaterials": true, "manuals": true},
                   "q3": {"answer": "NO"}}]}""";
        assertThat(ApiClient.as(stack, DemoUser.ROCB_STAFF)
                        .post("rounds/import", round)
                        .statusCode())
                .isEqualTo(200);

        try (Browser browser = new Browser()) {
            browser.open(stack.settings().applicationUrl());
            KeycloakLoginPage.expect(browser).signIn(DemoUser.ROCB_STAFF.username, DemoUser.PASSWORD);
            DashboardPage dashboard = DashboardPage.open(
                            browser, stack.settings().applicationUrl())
                    .choose("2011/12");

            assertThat(dashboard.totals("table1")).containsExactly("Total", "3", "1", "33%");
            assertThat(dashboard.totals("table2"))
                    .containsExactly("Total", "1", "1 (100%)", "0 (0%)", "0 (0%)", "0 (0%)", "1 (100%)", "0 (0%)");
            assertThat(dashboard.totals("table345"))
                    .containsExactly("Total", "0 (0%)", "1 (100%)", "0 (0%)", "0 (0%)", "0 (0%)", "0 (0%)");
        }
    }

    /** The reach of a workshop counted here from the seed document itself, as the page should show it. */
    private static List<String> expectedReach(String code) {
        JsonObject round = SeedRound.document();
        JsonObject workshop = round.getJsonArray("workshops").getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getString("code").equals(code))
                .findFirst()
                .orElseThrow();
        int participants = workshop.getJsonArray("participants").size();
        int shared = 0;
        int learned = 0;
        int inHouse = 0;
        int attendees = 0;
        int manuals = 0;
        for (JsonObject reply : round.getJsonArray("replies").getValuesAs(JsonObject.class)) {
            if (!reply.getString("workshop").equals(code)) {
                continue;
            }
            JsonObject q1 = reply.getJsonObject("q1");
            shared += q1.getInt("colleaguesShared", 0);
            learned += reply.getInt("q1bisColleaguesLearned", 0);
            manuals += q1.getBoolean("manuals", false) ? 1 : 0;
            for (JsonObject h : reply.getJsonArray("inHouseWorkshops").getValuesAs(JsonObject.class)) {
                inHouse++;
                attendees += h.getInt("attendees");
            }
        }
        String multiplier =
                String.format(java.util.Locale.ENGLISH, "%.1f", (double) (learned + attendees) / participants);
        return List.of(
                code,
                String.valueOf(participants),
                String.valueOf(shared),
                String.valueOf(learned),
                String.valueOf(inHouse),
                String.valueOf(attendees),
                String.valueOf(manuals),
                multiplier);
    }

    /** The year's colleagues reached per participant, counted here from the seed document. */
    private static String yearMultiplier() {
        JsonObject round = SeedRound.document();
        int participants = round.getJsonArray("workshops").getValuesAs(JsonObject.class).stream()
                .mapToInt(w -> w.getJsonArray("participants").size())
                .sum();
        int reached = 0;
        for (JsonObject reply : round.getJsonArray("replies").getValuesAs(JsonObject.class)) {
            reached += reply.getInt("q1bisColleaguesLearned", 0);
            for (JsonObject h : reply.getJsonArray("inHouseWorkshops").getValuesAs(JsonObject.class)) {
                reached += h.getInt("attendees");
            }
        }
        return java.math.BigDecimal.valueOf(reached)
                .divide(java.math.BigDecimal.valueOf(participants), 1, java.math.RoundingMode.HALF_EVEN)
                .toPlainString();
    }

    private static List<String> row(List<List<String>> trend, String year) {
        return trend.stream().filter(r -> r.get(0).equals(year)).findFirst().orElseThrow();
    }

    private static void publish(ApiClient staff, String year, String rate, int adopters) {
        HttpResponse<String> response = staff.put("rounds/" + year + "/published", """
                {"replyRate": %s, "inHouseAdministrations": %d, "source": "Good Practice Report"}""".formatted(rate, adopters));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** A claim's cell as the dashboard writes it: yes / no (share of yes). */
    private static String cell(int yes, int no) {
        return yes + " / " + no + " ("
                + java.text.NumberFormat.getPercentInstance(java.util.Locale.ENGLISH)
                        .format((double) yes / (yes + no))
                + " yes)";
    }
}

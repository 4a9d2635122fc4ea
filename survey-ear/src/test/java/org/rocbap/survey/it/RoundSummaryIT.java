package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rocbap.survey.stack.SurveyStack;

/**
 * Tables 1-5 of a round the test builds through the API: a fiscal year of its own, so that no other
 * test's data is counted.
 */
@ExtendWith(StackExtension.class)
class RoundSummaryIT {

    @Test
    void theSummaryCountsAdministrationsInTableOneAndRepliesInTheOthers(SurveyStack stack) {
        ApiClient staff = ApiClient.as(stack, DemoUser.ROCB_STAFF);
        HttpResponse<String> created = staff.post("workshops", """
                {"code": "FY1920-01", "title": "WCO Regional Workshop on e-Commerce", "fiscalYear": "2019/20",
                 "startDate": "2019-08-05", "endDate": "2019-08-08", "venue": "Bangkok", "accreditation": false}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        staff.post("workshops", """
                {"code": "FY1920-ACC", "title": "Accreditation workshop", "fiscalYear": "2019/20",
                 "startDate": "2019-09-02", "endDate": "2019-09-06", "accreditation": true}""");
        long fji1 = participant(staff, "FJI", "a");
        long fji2 = participant(staff, "FJI", "b");
        long wsm = participant(staff, "WSM", "c");
        participant(staff, "TON", "d");
        submit(staff, fji1, """
                {"sharedMaterials": true, "colleaguesShared": 10, "submittedReport": true,
                 "directEffects": "YES", "efficiency": "YES", "modernization": "NO"}""");
        submit(staff, fji2, """
                {"manuals": true, "directEffects": "NO", "efficiency": "YES"}""");
        submit(staff, wsm, """
                {"submittedReport": true, "others": true, "othersText": "=HYPERLINK(\\"x\\")", "efficiency": "NO",
                 "modernization": "YES", "modernizationText": "Risk engine"}""");
        staff.put("participants/" + participant(staff, "TON", "e") + "/reply", """
                {"version": null, "submit": false, "answers": {"manuals": true}}""");

        HttpResponse<String> response = ApiClient.as(stack, DemoUser.ROCB_HEAD).get("rounds/2019-20/summary");
        JsonObject summary = ApiClient.object(response);
        JsonObject workshop = summary.getJsonArray("workshops").getJsonObject(0);
        JsonObject totals = summary.getJsonObject("totals");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(summary.getString("fiscalYear")).isEqualTo("2019/20");
        assertThat(summary.getJsonArray("workshops"))
                .as("accreditation workshops are not surveyed")
                .hasSize(1);
        assertThat(workshop.getInt("participatingAdministrations")).isEqualTo(3);
        assertThat(workshop.getInt("replyingAdministrations")).isEqualTo(2);
        assertThat(workshop.getInt("replies")).as("drafts do not count").isEqualTo(3);
        assertThat(workshop.getJsonObject("actions").getInt("submittedReport")).isEqualTo(2);
        assertThat(workshop.getJsonObject("actions").getInt("others")).isEqualTo(1);
        assertThat(workshop.getJsonObject("directEffects").getInt("yes")).isEqualTo(1);
        assertThat(workshop.getJsonObject("directEffects").getInt("no")).isEqualTo(1);
        assertThat(workshop.getJsonObject("efficiency").getInt("yes")).isEqualTo(2);
        assertThat(workshop.getJsonObject("modernization").getInt("yes")).isEqualTo(1);
        assertThat(totals.getJsonNumber("replyRate").doubleValue()).isEqualTo(0.6667);

        // Compliance of the same round: mission reports due 30 days after 8 Aug 2019.
        file(staff, fji1, "2019-08-20");
        file(staff, wsm, "2019-10-01");
        HttpResponse<String> cascade = staff.post("in-house-workshops", """
                {"administration": "FJI", "regionalWorkshop": "FY1920-01", "date": "2019-09-15",
                 "title": "e-Commerce cascade", "attendees": 40}""");
        assertThat(cascade.statusCode()).as(cascade.body()).isEqualTo(201);

        var all = ApiClient.json(staff.get("rounds/2019-20/compliance").body())
                .asJsonArray()
                .getValuesAs(JsonObject.class);
        var own = ApiClient.json(ApiClient.as(stack, DemoUser.MANAGER_FJI)
                        .get("rounds/2019-20/compliance")
                        .body())
                .asJsonArray()
                .getValuesAs(JsonObject.class);

        assertThat(all).extracting(a -> a.getString("administration")).containsExactly("FJI", "TON", "WSM");
        assertThat(figures(all.get(0))).containsExactly(2, 1, 0, 1, 1, 40);
        assertThat(figures(all.get(1))).containsExactly(2, 0, 0, 2, 0, 0);
        assertThat(figures(all.get(2))).containsExactly(1, 0, 1, 0, 0, 0);
        assertThat(own).extracting(a -> a.getString("administration")).containsExactly("FJI");
    }

    private static java.util.List<Integer> figures(JsonObject administration) {
        return java.util.stream.Stream.of(
                        "participants", "onTime", "late", "missing", "inHouseWorkshops", "inHouseAttendees")
                .map(administration::getInt)
                .toList();
    }

    private static void file(ApiClient staff, long participant, String filedOn) {
        HttpResponse<String> r = staff.put("participants/" + participant + "/mission-report", """
                {"version": null, "filedOn": "%s", "documentName": "report.pdf", "documentBase64": "%s"}""".formatted(
                        filedOn, java.util.Base64.getEncoder().encodeToString(FollowUpFixture.PDF)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void onlyTheRocbReadsTheSummaryAndAMalformedYearIsSaidSo(SurveyStack stack) {
        assertThat(ApiClient.as(stack, DemoUser.MANAGER_FJI)
                        .get("rounds/2016-17/summary")
                        .statusCode())
                .isEqualTo(403);
        assertThat(ApiClient.as(stack, DemoUser.FOCAL_POINT_FJI)
                        .get("rounds/2016-17/summary")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> malformed =
                ApiClient.as(stack, DemoUser.ROCB_STAFF).get("rounds/2016/summary");
        assertThat(malformed.statusCode()).isEqualTo(422);
        assertThat(malformed.body()).contains("write it like 2017-18");
    }

    private static long participant(ApiClient staff, String administration, String suffix) {
        HttpResponse<String> r = staff.post("workshops/FY1920-01/participants", """
                {"administration": "%s", "name": "Participant %s", "email": "%s.%s@customs.example"}""".formatted(
                        administration, suffix, administration.toLowerCase(), suffix));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return ApiClient.object(r).getJsonNumber("id").longValue();
    }

    private static void submit(ApiClient staff, long participant, String answers) {
        HttpResponse<String> r = staff.put("participants/" + participant + "/reply", """
                {"version": null, "submit": true, "answers": %s}""".formatted(answers));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
}

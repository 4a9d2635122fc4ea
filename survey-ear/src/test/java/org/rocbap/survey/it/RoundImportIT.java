package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rocbap.survey.stack.SeedRound;
import org.rocbap.survey.stack.SurveyStack;

/** {@code POST /rounds/import}: all or nothing, idempotent, every problem with its JSON pointer. */
@ExtendWith(StackExtension.class)
class RoundImportIT {

    @Test
    void importingTheSeedRoundReproducesTablesOneToFive(SurveyStack stack) {
        HttpResponse<String> imported = ApiClient.as(stack, DemoUser.ROCB_STAFF)
                .post("rounds/import", SeedRound.document().toString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        JsonObject totals = ApiClient.object(
                        ApiClient.as(stack, DemoUser.ROCB_HEAD).get("rounds/2016-17/summary"))
                .getJsonObject("totals");

        assertThat(totals.getInt("participatingAdministrations")).isEqualTo(261);
        assertThat(totals.getInt("replyingAdministrations")).isEqualTo(148);
        assertThat(totals.getJsonNumber("replyRate").doubleValue()).isEqualTo(0.5670);
        JsonObject actions = totals.getJsonObject("actions");
        assertThat(List.of(
                        actions.getInt("sharedMaterials"),
                        actions.getInt("submittedReport"),
                        actions.getInt("recommendations"),
                        actions.getInt("inHouseWorkshop"),
                        actions.getInt("manuals"),
                        actions.getInt("others")))
                .containsExactly(109, 120, 83, 47, 27, 34);
        assertThat(yesNo(totals, "directEffects")).containsExactly(96, 52);
        assertThat(yesNo(totals, "efficiency")).containsExactly(142, 5);
        assertThat(yesNo(totals, "modernization")).containsExactly(96, 53);
    }

    @Test
    void theSameDocumentTwiceChangesNothingAndACorrectedOneUpdatesWhatChanged(SurveyStack stack) {
        ApiClient staff = ApiClient.as(stack, DemoUser.ROCB_STAFF);
        String first = smallRound("Mere Tuilau", 40, "=SUM(A1:A9) <script>alert(1)</script>")
                .toString();

        JsonObject created = ApiClient.object(staff.post("rounds/import", first));
        JsonObject again = ApiClient.object(staff.post("rounds/import", first));
        JsonObject corrected = ApiClient.object(staff.post(
                "rounds/import",
                smallRound("Mere Tuilau-Vaka", 45, "=SUM(A1:A9) <script>alert(1)</script>")
                        .toString()));

        assertThat(counts(created, "workshops")).containsExactly(1, 0);
        assertThat(counts(created, "participants")).containsExactly(2, 0);
        assertThat(counts(created, "missionReports")).containsExactly(1, 0);
        assertThat(counts(created, "replies")).containsExactly(1, 0);
        assertThat(counts(created, "inHouseWorkshops")).containsExactly(1, 0);
        assertThat(counts(created, "projects")).containsExactly(1, 0);
        for (String kind :
                List.of("workshops", "participants", "missionReports", "replies", "inHouseWorkshops", "projects")) {
            assertThat(counts(again, kind)).as(kind).containsExactly(0, 0);
        }
        assertThat(counts(corrected, "participants")).containsExactly(0, 1);
        assertThat(counts(corrected, "inHouseWorkshops")).containsExactly(0, 1);
        assertThat(counts(corrected, "replies")).containsExactly(0, 0);

        JsonObject participant = ApiClient.json(staff.get("workshops/FY2021-01/participants?administration=FJI")
                        .body())
                .asJsonArray()
                .getJsonObject(0);
        JsonObject reply = ApiClient.object(staff.get("participants/" + participant.getJsonNumber("id") + "/reply"));
        assertThat(participant.getString("name")).isEqualTo("Mere Tuilau-Vaka");
        assertThat(reply.getJsonObject("answers").getString("othersText"))
                .isEqualTo("=SUM(A1:A9) <script>alert(1)</script>");
        assertThat(reply.getString("status")).isEqualTo("SUBMITTED");
        assertThat(reply.getString("submittedOn")).isEqualTo("2021-02-20");

        // Mission reports due 30 days after 6 Aug 2020: FJI's filed on 30 Aug, WSM's missing.
        List<JsonObject> compliance = ApiClient.json(
                        staff.get("rounds/2020-21/compliance").body())
                .asJsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(compliance).extracting(a -> a.getString("administration")).containsExactly("FJI", "WSM");
        assertThat(compliance.get(0).getInt("onTime")).isEqualTo(1);
        assertThat(compliance.get(0).getInt("inHouseWorkshops")).isEqualTo(1);
        assertThat(compliance.get(0).getInt("inHouseAttendees")).isEqualTo(45);
        assertThat(compliance.get(1).getInt("missing")).isEqualTo(1);
    }

    @Test
    void aBadDocumentIsRefusedWholeWithEveryProblemAndItsPointer(SurveyStack stack) {
        ApiClient staff = ApiClient.as(stack, DemoUser.ROCB_STAFF);
        JsonObject good = smallRound("Ana", 10, "x");
        JsonObject bad = Json.createObjectBuilder(good)
                .add(
                        "workshops",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder(
                                                good.getJsonArray("workshops").getJsonObject(0))
                                        .add("code", "FY2223-01")
                                        .add("startDate", "2022-13-45")
                                        .add(
                                                "participants",
                                                Json.createArrayBuilder()
                                                        .add(participant("XXX", "Bob", "bob@customs.example", null))
                                                        .add(participant("FJI", "Ana", "ana@customs.example", null))
                                                        .add(participant(
                                                                "WSM", "Ana Twin", "ANA@customs.example", null))
                                                        .add(Json.createObjectBuilder()
                                                                .add("administration", "TON")
                                                                .add("email", "no.name@customs.example")))))
                .add(
                        "replies",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder(
                                                good.getJsonArray("replies").getJsonObject(0))
                                        .add("workshop", "FY2223-01")
                                        .add("participantEmail", "stranger@customs.example")))
                .add("fiscalYear", "2022/23")
                .build();

        HttpResponse<String> refused = staff.post("rounds/import", bad.toString());
        HttpResponse<String> refusedSemantics = staff.post(
                "rounds/import",
                Json.createObjectBuilder(bad)
                        .add(
                                "workshops",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder(bad.getJsonArray("workshops")
                                                        .getJsonObject(0))
                                                .add("startDate", "2022-08-01")
                                                .add(
                                                        "participants",
                                                        Json.createArrayBuilder()
                                                                .add(participant(
                                                                        "XXX", "Bob", "bob@customs.example", null))
                                                                .add(participant(
                                                                        "FJI", "Ana", "ana@customs.example", null))
                                                                .add(participant(
                                                                        "WSM",
                                                                        "Ana Twin",
                                                                        "ANA@customs.example",
                                                                        null)))))
                        .build()
                        .toString());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(pointers(refused)).contains("/workshops/0/startDate", "/workshops/0/participants/3/name");
        assertThat(refusedSemantics.statusCode()).isEqualTo(422);
        assertThat(pointers(refusedSemantics))
                .contains(
                        "/workshops/0/participants/0/administration",
                        "/workshops/0/participants/2/email",
                        "/replies/0/participantEmail");
        // Other tests import into FY2022/23 too (RoundImportPageIT): what matters is that this document's
        // workshop is not there.
        assertThat(ApiClient.json(staff.get("workshops?fiscalYear=2022-23").body())
                        .asJsonArray()
                        .getValuesAs(JsonObject.class))
                .as("nothing stored")
                .noneMatch(w -> w.getString("code").equals("FY2223-01"));
    }

    @Test
    void onlyRocbStaffImportAndAHugeBodyIsRefused(SurveyStack stack) {
        String round = smallRound("Ana", 10, "x").toString();
        assertThat(ApiClient.as(stack, DemoUser.ROCB_HEAD)
                        .post("rounds/import", round)
                        .statusCode())
                .isEqualTo(403);
        assertThat(ApiClient.as(stack, DemoUser.FOCAL_POINT_FJI)
                        .post("rounds/import", round)
                        .statusCode())
                .isEqualTo(403);

        String huge = "{\"fiscalYear\": \"2023/24\", \"padding\": \"" + "x".repeat(50 * 1024 * 1024) + "\"}";
        HttpResponse<String> response = ApiClient.as(stack, DemoUser.ROCB_STAFF).post("rounds/import", huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("more than 32 MB");
    }

    private static JsonObject smallRound(String name, int attendees, String othersText) {
        return Json.createObjectBuilder()
                .add("fiscalYear", "2020/21")
                .add(
                        "workshops",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("code", "FY2021-01")
                                        .add("title", "WCO Regional Workshop on Rules of Origin")
                                        .add("startDate", "2020-08-03")
                                        .add("endDate", "2020-08-06")
                                        .add("venue", "Suva, Fiji")
                                        .add("accreditation", false)
                                        .add(
                                                "participants",
                                                Json.createArrayBuilder()
                                                        .add(participant(
                                                                "FJI", name, "mere@customs.example", "2020-08-30"))
                                                        .add(participant(
                                                                "WSM", "Sione", "sione@customs.example", null)))))
                .add(
                        "replies",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("workshop", "FY2021-01")
                                        .add("participantEmail", "MERE@customs.example")
                                        .add("submittedOn", "2021-02-20")
                                        .add(
                                                "q1",
                                                Json.createObjectBuilder()
                                                        .add("sharedMaterials", true)
                                                        .add("colleaguesShared", 30)
                                                        .add("submittedReport", true)
                                                        .add("inHouseWorkshop", true)
                                                        .add("others", true)
                                                        .add("othersText", othersText))
                                        .add("q1bisColleaguesLearned", 25)
                                        .add("q2", "Origin checks at the border")
                                        .add(
                                                "q3",
                                                Json.createObjectBuilder()
                                                        .add("answer", "YES")
                                                        .add("text", "More verifications"))
                                        .add(
                                                "q4",
                                                Json.createObjectBuilder()
                                                        .add("answer", "NO")
                                                        .add("text", "Too early"))
                                        .add(
                                                "q5",
                                                Json.createObjectBuilder()
                                                        .add("answer", "YES")
                                                        .add("text", "Origin unit"))
                                        .add(
                                                "inHouseWorkshops",
                                                Json.createArrayBuilder()
                                                        .add(Json.createObjectBuilder()
                                                                .add("date", "2020-10-02")
                                                                .add("title", "Cascade on origin")
                                                                .add("attendees", attendees)))))
                .build();
    }

    private static JsonObjectBuilder participant(String administration, String name, String email, String filedOn) {
        return Json.createObjectBuilder()
                .add("administration", administration)
                .add("name", name)
                .add("email", email)
                .add(
                        "missionReport",
                        filedOn == null
                                ? JsonValue.NULL
                                : Json.createObjectBuilder()
                                        .add("filedOn", filedOn)
                                        .build());
    }

    private static List<Integer> yesNo(JsonObject totals, String question) {
        return List.of(
                totals.getJsonObject(question).getInt("yes"),
                totals.getJsonObject(question).getInt("no"));
    }

    private static List<Integer> counts(JsonObject result, String kind) {
        return List.of(
                result.getJsonObject(kind).getInt("created"),
                result.getJsonObject(kind).getInt("updated"));
    }

    private static List<String> pointers(HttpResponse<String> problem) {
        return ApiClient.object(problem).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("pointer"))
                .toList();
    }
}

package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rocbap.survey.it.FollowUpFixture.WORKSHOP;
import static org.rocbap.survey.it.Problems.assertProblem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rocbap.survey.stack.SurveyStack;

/** The workflow rules, enforced by the services against the real PostgreSQL, seen through the API. */
@ExtendWith(StackExtension.class)
class FollowUpRulesIT {

    private FollowUpFixture fixture;
    private ApiClient focalPoint;

    @BeforeEach
    void arrange(SurveyStack stack) {
        fixture = new FollowUpFixture(stack);
        focalPoint = ApiClient.as(stack, DemoUser.FOCAL_POINT_FJI);
    }

    @Test
    void anEmailIsAParticipantOfAWorkshopOnlyOnce() {
        String body = """
                {"administration": "FJI", "name": "Ana", "email": "ana.twice@customs.example"}""";
        assertThat(fixture.staff()
                        .post("workshops/" + WORKSHOP + "/participants", body)
                        .statusCode())
                .isEqualTo(201);

        HttpResponse<String> second =
                fixture.staff().post("workshops/" + WORKSHOP + "/participants", body.replace("ana.twice", "ANA.Twice"));

        assertProblem(second, 422, "/email", "already a participant");
    }

    @Test
    void aMissionReportIsAPdfDocxOrOdtByItsContentAndIsDownloadedUnchanged() {
        long participant = fixture.participant("FJI");
        String path = "participants/" + participant + "/mission-report";
        byte[] executable = "MZ\u0090 not a document".getBytes(StandardCharsets.ISO_8859_1);

        HttpResponse<String> refused = focalPoint.put(path, fileRequest("null", "report.pdf", executable));
        assertProblem(refused, 422, "/document", "not a PDF");
        assertThat(focalPoint.get(path).statusCode()).as("nothing stored").isEqualTo(404);

        HttpResponse<String> filed = focalPoint.put(path, fileRequest("null", "report.pdf", FollowUpFixture.PDF));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
        HttpResponse<byte[]> download = focalPoint.getBytes(path + "/document");

        assertThat(download.body()).isEqualTo(FollowUpFixture.PDF);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(ApiClient.object(filed).getString("documentSha256"))
                .isEqualTo(FollowUpFixture.sha256(FollowUpFixture.PDF));
    }

    @Test
    void complianceShowsOnTimeLateAndMissingReportsAndTheManagersAcknowledgement(SurveyStack stack) {
        long onTime = fixture.participant("WSM");
        long late = fixture.participant("WSM");
        long missing = fixture.participant("WSM");
        fixture.missionReport(onTime, "2017-04-20");
        fixture.missionReport(late, "2017-06-01");
        ApiClient manager = ApiClient.as(stack, DemoUser.MANAGER_WSM);

        HttpResponse<String> acknowledged =
                manager.post("participants/" + onTime + "/mission-report/acknowledgement", "");
        List<JsonObject> rows = ApiClient.json(
                        manager.get("compliance?administration=WSM").body())
                .asJsonArray()
                .getValuesAs(JsonObject.class);

        assertThat(ApiClient.object(acknowledged).getString("acknowledgedBy")).isEqualTo("mgr.wsm");
        assertThat(row(rows, onTime).getString("missionReport")).isEqualTo("ON_TIME");
        assertThat(row(rows, onTime).getBoolean("acknowledged")).isTrue();
        assertThat(row(rows, late).getString("missionReport")).isEqualTo("LATE");
        assertThat(row(rows, late).getBoolean("acknowledged")).isFalse();
        assertThat(row(rows, missing).getString("missionReport")).isEqualTo("MISSING");
        assertThat(row(rows, onTime).getString("missionReportDue")).isEqualTo("2017-04-30");
    }

    @Test
    void aReplyThatTicksAnInHouseWorkshopIsRefusedUntilOneIsLinked() {
        long participant = fixture.participant("FJI");
        String reply = "participants/" + participant + "/reply";
        String answers = """
                {"sharedMaterials": true, "colleaguesShared": 30, "inHouseWorkshop": true, "lessonsUsed": "Risk profiles"}""";

        HttpResponse<String> refused = focalPoint.put(reply, replyRequest("null", true, answers, "[]"));
        assertProblem(refused, 422, "/inHouseWorkshops", "record the in-house workshop");
        assertThat(focalPoint.get(reply).statusCode()).as("nothing half-saved").isEqualTo(404);

        HttpResponse<String> tooEarly = focalPoint.post("in-house-workshops", inHouse("2017-03-15", 40));
        assertProblem(tooEarly, 422, "/date", "after regional workshop " + WORKSHOP);
        HttpResponse<String> negative = focalPoint.post("in-house-workshops", inHouse("2017-05-15", -4));
        assertProblem(negative, 422, "/attendees", "cannot be negative");
        HttpResponse<String> recorded = focalPoint.post("in-house-workshops", inHouse("2017-05-15", 40));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        long inHouse = ApiClient.object(recorded).getJsonNumber("id").longValue();

        HttpResponse<String> submitted =
                focalPoint.put(reply, replyRequest("null", true, answers, "[" + inHouse + "]"));

        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(ApiClient.object(submitted).getString("status")).isEqualTo("SUBMITTED");
        assertThat(ApiClient.object(submitted)
                        .getJsonArray("inHouseWorkshops")
                        .getJsonNumber(0)
                        .longValue())
                .isEqualTo(inHouse);
    }

    @Test
    void implausibleNumbersAreRefusedWithTheReason() {
        long participant = fixture.participant("FJI");

        HttpResponse<String> negative = focalPoint.put(
                "participants/" + participant + "/reply",
                replyRequest("null", false, "{\"sharedMaterials\": true, \"colleaguesShared\": -5}", "[]"));
        HttpResponse<String> absurd = focalPoint.put(
                "participants/" + participant + "/reply",
                replyRequest("null", false, "{\"colleaguesLearned\": 5000000}", "[]"));

        assertProblem(negative, 422, "/colleaguesShared", "cannot be negative");
        assertProblem(absurd, 422, "/colleaguesLearned", "100,000");
    }

    @Test
    void aYesToQuestionFiveCreatesTheLinkedProjectOnce() {
        long participant = fixture.participant("FJI");
        String reply = "participants/" + participant + "/reply";
        String answers = """
                {"modernization": "YES", "modernizationText": "Advance ruling unit\\nSet up in 2017 with WCO guidance"}""";

        JsonObject first = ApiClient.object(focalPoint.put(reply, replyRequest("null", true, answers, "[]")));
        JsonObject second = ApiClient.object(focalPoint.put(
                reply,
                replyRequest(String.valueOf(first.getJsonNumber("version").longValue()), true, answers, "[]")));
        JsonObject project = ApiClient.object(
                focalPoint.get("projects/" + first.getJsonNumber("project").longValue()));

        assertThat(second.getJsonNumber("project").longValue())
                .isEqualTo(first.getJsonNumber("project").longValue());
        assertThat(project.getString("title")).isEqualTo("Advance ruling unit");
        assertThat(project.getString("status")).isEqualTo("PLANNED");
        assertThat(project.getJsonArray("workshops").getString(0)).isEqualTo(WORKSHOP);
    }

    @Test
    void aReplyThatSaysAReportWasSubmittedPromptsForTheMissingUpload() {
        long participant = fixture.participant("FJI");

        JsonObject saved = ApiClient.object(focalPoint.put(
                "participants/" + participant + "/reply",
                replyRequest("null", false, "{\"submittedReport\": true}", "[]")));

        assertThat(saved.getJsonArray("notices").getString(0))
                .contains("none is on file")
                .contains("please upload it");
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsToldAndChangesNothing() {
        long participant = fixture.participant("FJI");
        String reply = "participants/" + participant + "/reply";
        JsonObject draft =
                ApiClient.object(focalPoint.put(reply, replyRequest("null", false, "{\"manuals\": true}", "[]")));
        String loaded = String.valueOf(draft.getJsonNumber("version").longValue());

        HttpResponse<String> first =
                fixture.staff().put(reply, replyRequest(loaded, false, "{\"lessonsUsed\": \"First\"}", "[]"));
        HttpResponse<String> second =
                focalPoint.put(reply, replyRequest(loaded, false, "{\"lessonsUsed\": \"Second\"}", "[]"));

        assertThat(first.statusCode()).isEqualTo(200);
        assertProblem(second, 409, "", "Someone else changed this reply");
        assertThat(ApiClient.object(focalPoint.get(reply))
                        .getJsonObject("answers")
                        .getString("lessonsUsed"))
                .isEqualTo("First");
    }

    @Test
    void aSecondReplyForTheSameParticipantEditsTheFirst() {
        long participant = fixture.participant("FJI");
        String reply = "participants/" + participant + "/reply";
        JsonObject draft =
                ApiClient.object(focalPoint.put(reply, replyRequest("null", false, "{\"manuals\": true}", "[]")));

        HttpResponse<String> again = focalPoint.put(reply, replyRequest("null", false, "{\"others\": true}", "[]"));
        JsonObject edited = ApiClient.object(focalPoint.put(
                reply,
                replyRequest(
                        String.valueOf(draft.getJsonNumber("version").longValue()),
                        false,
                        "{\"others\": true}",
                        "[]")));

        assertThat(again.statusCode())
                .as("a blind second reply would overwrite the first")
                .isEqualTo(409);
        assertThat(edited.getJsonObject("answers").getBoolean("others")).isTrue();
        assertThat(edited.getJsonObject("answers").getBoolean("manuals")).isFalse();
    }

    @Test
    void everyChangeIsInTheAuditTrailWithWhoAndWhat() {
        long participant = fixture.participant("FJI");
        focalPoint.put(
                "participants/" + participant + "/reply", replyRequest("null", false, "{\"manuals\": true}", "[]"));

        JsonArray trail =
                ApiClient.json(fixture.staff().get("audit?max=50").body()).asJsonArray();

        assertThat(trail.getValuesAs(JsonObject.class)).anySatisfy(entry -> {
            assertThat(entry.getString("actor")).isEqualTo("fp.fji");
            assertThat(entry.getString("subject")).isEqualTo("Reply");
            assertThat(entry.getString("action")).isEqualTo("created");
            assertThat(entry.getString("changes")).contains("manuals: true");
        });
        assertThat(trail.getValuesAs(JsonObject.class)).anySatisfy(entry -> {
            assertThat(entry.getString("actor")).isEqualTo("rocb.staff");
            assertThat(entry.getString("subject")).isEqualTo("Participant");
            assertThat(entry.getJsonNumber("subjectId").longValue()).isEqualTo(participant);
        });
    }

    @Test
    void anApiCallWithoutATokenIsUnauthorised(SurveyStack stack) {
        assertThat(ApiClient.anonymous(stack).get("compliance").statusCode()).isEqualTo(401);
    }

    private static JsonObject row(List<JsonObject> rows, long participant) {
        return rows.stream()
                .filter(r -> r.getJsonNumber("participantId").longValue() == participant)
                .findFirst()
                .orElseThrow();
    }

    private static String fileRequest(String version, String name, byte[] content) {
        return """
                {"version": %s, "filedOn": "2017-04-05", "documentName": "%s", "documentBase64": "%s"}""".formatted(version, name, Base64.getEncoder().encodeToString(content));
    }

    private static String replyRequest(String version, boolean submit, String answers, String inHouseWorkshops) {
        return """
                {"version": %s, "submit": %s, "answers": %s, "inHouseWorkshops": %s}""".formatted(version, submit, answers, inHouseWorkshops);
    }

    private static String inHouse(String date, int attendees) {
        return """
                {"administration": "FJI", "regionalWorkshop": "%s", "date": "%s", "title": "Cascade of the advance ruling workshop",
                 "attendees": %d, "organiser": "Fiji Revenue and Customs Service", "materials": "WCO slides"}""".formatted(WORKSHOP, date, attendees);
    }
}

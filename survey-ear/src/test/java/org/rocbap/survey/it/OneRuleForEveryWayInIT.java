package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rocbap.survey.it.FollowUpFixture.WORKSHOP;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rocbap.survey.stack.SurveyStack;

/**
 * The same bad input, given through the services the pages use and through the round import, is
 * refused with the same messages: the import names where in its document, the others the field.
 */
@ExtendWith(StackExtension.class)
class OneRuleForEveryWayInIT {

    private static final String FUTURE = LocalDate.now().plusDays(30).toString();

    private FollowUpFixture fixture;

    @BeforeEach
    void arrange(SurveyStack stack) {
        fixture = new FollowUpFixture(stack);
    }

    @Test
    void theImportAndThePagesRefuseTheSameThingsWithTheSameWords() {
        HttpResponse<String> participant = fixture.staff().post("workshops/" + WORKSHOP + "/participants", """
                {"administration": "XYZ", "name": " ", "email": "not-an-email"}""");
        long existing = fixture.participant("FJI");
        HttpResponse<String> missionReport =
                fixture.staff().put("participants/" + existing + "/mission-report", """
                {"version": null, "filedOn": "%s", "documentName": "r.pdf", "documentBase64": "JVBERi0xLjQK"}""".formatted(FUTURE));
        HttpResponse<String> inHouse = fixture.staff().post("in-house-workshops", """
                {"administration": "FJI", "regionalWorkshop": "%s", "date": "%s", "title": "", "attendees": -4}""".formatted(WORKSHOP, FUTURE));

        String code = "IT-RULES-" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> imported = fixture.staff().post("rounds/import", """
                {"fiscalYear": "2018/19",
                 "workshops": [{"code": "%1$s", "title": "Rules", "startDate": "2017-03-01", "endDate": "2017-03-31",
                   "participants": [
                     {"administration": "XYZ", "name": " ", "email": "not-an-email"},
                     {"administration": "FJI", "name": "Ana", "email": "ana@customs.example",
                      "missionReport": {"filedOn": "%2$s"}}]}],
                 "replies": [{"workshop": "%1$s", "participantEmail": "ana@customs.example", "submittedOn": "2017-10-01",
                   "q1": {"inHouseWorkshop": true},
                   "inHouseWorkshops": [{"date": "%2$s", "title": "", "attendees": -4}]}]}""".formatted(code, FUTURE));

        assertThat(participant.statusCode()).isEqualTo(422);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(422);
        Map<String, List<String>> fromImport = messagesByPointer(imported);
        assertThat(fromImport.get("/workshops/0/participants/0/administration"))
                .isEqualTo(messagesByPointer(participant).get("/administration"));
        assertThat(fromImport.get("/workshops/0/participants/0/name"))
                .isEqualTo(messagesByPointer(participant).get("/name"));
        assertThat(fromImport.get("/workshops/0/participants/0/email"))
                .isEqualTo(messagesByPointer(participant).get("/email"));
        assertThat(fromImport.get("/workshops/0/participants/1/missionReport/filedOn"))
                .isEqualTo(messagesByPointer(missionReport).get("/filedOn"));
        assertThat(fromImport.get("/replies/0/inHouseWorkshops/0/date"))
                .isEqualTo(messagesByPointer(inHouse).get("/date"));
        assertThat(fromImport.get("/replies/0/inHouseWorkshops/0/title"))
                .isEqualTo(messagesByPointer(inHouse).get("/title"));
        assertThat(fromImport.get("/replies/0/inHouseWorkshops/0/attendees"))
                .isEqualTo(messagesByPointer(inHouse).get("/attendees"));
    }

    @Test
    void aDocumentWithSeveralKindsOfProblemGetsThemAllInOneAnswer() {
        HttpResponse<String> imported = fixture.staff().post("rounds/import", """
                {"fiscalYear": "2018/19",
                 "workshops": [{"code": "IT-ALL-AT-ONCE", "title": "All at once", "startDate": "2017-02-30",
                   "endDate": "2017-03-31",
                   "participants": [{"administration": "ZZZ", "name": "Ana", "email": "ana@customs.example"}]}],
                 "replies": [{"workshop": "IT-ALL-AT-ONCE", "participantEmail": "nobody@customs.example",
                   "submittedOn": "2017-10-01"}]}""");

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(422);
        assertThat(messagesByPointer(imported))
                .containsKeys(
                        "/workshops/0/startDate",
                        "/workshops/0/participants/0/administration",
                        "/replies/0/participantEmail");
        assertThat(fixture.staff().get("workshops/IT-ALL-AT-ONCE").statusCode())
                .as("nothing stored")
                .isEqualTo(404);
    }

    private static Map<String, List<String>> messagesByPointer(HttpResponse<String> response) {
        return Problems.errors(response).stream()
                .collect(Collectors.groupingBy(
                        e -> e.getString("pointer"),
                        Collectors.mapping((JsonObject e) -> e.getString("detail"), Collectors.toList())));
    }
}

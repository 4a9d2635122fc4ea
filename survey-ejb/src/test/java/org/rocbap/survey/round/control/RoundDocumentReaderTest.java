package org.rocbap.survey.round.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rocbap.survey.questionnaire.entity.Answer;
import org.rocbap.survey.shared.rules.RuleViolation;

class RoundDocumentReaderTest {

    @Test
    void readsAWellFormedDocument() {
        RoundDocumentReader reader = new RoundDocumentReader();

        RoundDocument document = reader.read(json("""
                {"fiscalYear": "2017/18",
                 "workshops": [{"code": "FY1718-01", "title": "T", "startDate": "2017-08-07", "endDate": "2017-08-10",
                   "participants": [{"administration": "FJI", "name": "N", "email": "n@x.org",
                                     "missionReport": {"filedOn": "2017-08-30"}}]}],
                 "replies": [{"workshop": "FY1718-01", "participantEmail": "n@x.org", "submittedOn": "2018-02-20",
                   "q1": {"sharedMaterials": true, "colleaguesShared": 30}, "q3": {"answer": "YES", "text": "t"},
                   "q5": {"answer": null}}]}"""));

        assertThat(reader.violations()).isEmpty();
        assertThat(document.workshops().get(0).participants().get(0).missionReportFiledOn())
                .isEqualTo(LocalDate.of(2017, 8, 30));
        assertThat(document.replies().get(0).answers().getColleaguesShared()).isEqualTo(30);
        assertThat(document.replies().get(0).answers().getDirectEffects()).isEqualTo(Answer.YES);
        assertThat(document.replies().get(0).answers().getModernization()).isNull();
    }

    @Test
    void reportsEveryProblemWithItsPointer() {
        RoundDocumentReader reader = new RoundDocumentReader();

        reader.read(json("""
                {"workshops": [{"code": "X", "title": "T", "startDate": "30/08/2017", "endDate": "2017-08-10",
                   "participants": [{"administration": "FJI", "email": "n@x.org"}]}],
                 "replies": [{"workshop": "X", "participantEmail": "n@x.org", "submittedOn": "2018-02-20",
                   "q1": {"colleaguesShared": "thirty", "manuals": "yes"}, "q4": {"answer": "MAYBE"}}]}"""));

        assertThat(reader.violations())
                .extracting(RuleViolation::field)
                .containsExactlyInAnyOrder(
                        "/fiscalYear",
                        "/workshops/0/startDate",
                        "/workshops/0/participants/0/name",
                        "/replies/0/q1/colleaguesShared",
                        "/replies/0/q1/manuals",
                        "/replies/0/q4/answer");
        assertThat(reader.violations())
                .extracting(RuleViolation::message)
                .contains("'30/08/2017' is not a date; write it like 2017-08-30.");
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}

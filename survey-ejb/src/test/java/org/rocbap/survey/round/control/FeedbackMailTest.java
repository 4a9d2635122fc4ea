package org.rocbap.survey.round.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rocbap.survey.mail.control.MailTemplates;
import org.rocbap.survey.questionnaire.entity.Answer;
import org.rocbap.survey.questionnaire.entity.ReplyAnswers;
import org.rocbap.survey.report.control.SummaryCalculator;
import org.rocbap.survey.report.control.SummaryCalculator.SubmittedReply;
import org.rocbap.survey.report.control.SummaryCalculator.WorkshopFacts;

class FeedbackMailTest {

    @Test
    void theFeedbackTableHasARowPerWorkshopAndTheTotal() {
        ReplyAnswers yes = new ReplyAnswers();
        yes.setDirectEffects(Answer.YES);
        yes.setSharedMaterials(true);
        var summary = SummaryCalculator.summarise(
                "2016/17",
                List.of(
                        new WorkshopFacts(
                                "FY1617-01", "NII", Set.of("FJI", "WSM"), List.of(new SubmittedReply("FJI", yes))),
                        new WorkshopFacts("FY1617-02", "PCA", Set.of("TON", "FJI"), List.of())));

        String table = FeedbackMail.feedbackTable(summary, Locale.ENGLISH);

        assertThat(table.lines())
                .startsWith(
                        "Workshop | Administrations | Replied | Reply rate | Direct effects (yes) | More efficient (yes) | Modernization (yes)",
                        "FY1617-01 | 2 | 1 | 50% | 1 | 0 | 0",
                        "FY1617-02 | 2 | 0 | 0% | 0 | 0 | 0",
                        "All workshops | 4 | 1 | 25% | 1 | 0 | 0");
        assertThat(table).contains("shared the materials 1,");
    }

    @Test
    void theFeedbacksSpreadsheetHoldsEveryTableAndNoFormula() {
        ReplyAnswers answers = new ReplyAnswers();
        answers.setModernization(Answer.NO);
        answers.setManuals(true);
        var summary = SummaryCalculator.summarise(
                "2016/17",
                List.of(new WorkshopFacts(
                        "FY1617-01",
                        "=HYPERLINK(\"x\")",
                        Set.of("FJI", "WSM", "TON"),
                        List.of(new SubmittedReply("FJI", answers)))));

        String csv = new String(
                FeedbackMail.feedbackSpreadsheet(summary, Locale.ENGLISH), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(csv.lines())
                .containsExactly(
                        "\uFEFFWorkshop,Title,Administrations that took part,Administrations that replied,Reply rate,Replies,"
                                + "Shared the materials,Submitted a mission report,Made recommendations,"
                                + "Organised an in-house workshop,Developed manuals,Others,Q3 direct effects: yes,Q3 no,"
                                + "Q4 more efficient: yes,Q4 no,Q5 modernization: yes,Q5 no",
                        "\"FY1617-01\",\"'=HYPERLINK(\"\"x\"\")\",3,1,0.3333,1,0,0,0,0,1,0,0,0,0,0,0,1",
                        "\"All workshops\",\"\",3,1,0.3333,1,0,0,0,0,1,0,0,0,0,0,0,1");
        assertThat(MailTemplates.attachmentName("feedback", Locale.FRENCH, "2016-17"))
                .isEqualTo("tables-fy2016-17.csv");
    }
}

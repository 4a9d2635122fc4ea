package org.rocbap.survey.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rocbap.survey.questionnaire.entity.Answer;
import org.rocbap.survey.questionnaire.entity.ReplyAnswers;
import org.rocbap.survey.report.control.SummaryCalculator.SubmittedReply;
import org.rocbap.survey.report.control.SummaryCalculator.WorkshopFacts;
import org.rocbap.survey.report.entity.RoundSummary;
import org.rocbap.survey.report.entity.RoundSummary.Actions;
import org.rocbap.survey.report.entity.RoundSummary.YesNo;

/**
 * Rebuilds the FY2016/17 round of Good Practice Report No. 17 from its tables, reply by reply, and
 * counts it back: the totals must be the report's.
 */
class SummaryCalculatorTest {

    // Per workshop (1)-(13): Table 1 participating and replying administrations; replies (workshop 10
    // has 15 replies from 14 administrations); Table 2 actions; Tables 3-5 yes and no.
    private static final int[] PARTICIPATING = {8, 26, 21, 24, 21, 23, 21, 7, 16, 25, 22, 22, 25};
    private static final int[] REPLYING = {5, 12, 8, 19, 13, 11, 7, 3, 13, 14, 10, 18, 15};
    private static final int[] REPLIES = {5, 12, 8, 19, 13, 11, 7, 3, 13, 15, 10, 18, 15};
    private static final int[][] ACTIONS = {
        {3, 2, 1, 1, 1, 3}, {9, 10, 9, 4, 2, 1}, {5, 4, 3, 2, 2, 1}, {15, 16, 13, 9, 4, 6}, {12, 13, 8, 6, 2, 1},
        {7, 8, 7, 3, 4, 2}, {7, 6, 2, 3, 0, 0}, {2, 3, 2, 1, 3, 0}, {8, 11, 4, 2, 0, 1}, {11, 13, 8, 2, 0, 8},
        {7, 8, 5, 2, 3, 2}, {11, 14, 12, 5, 4, 5}, {12, 12, 9, 7, 2, 4}
    };
    private static final int[][] DIRECT_EFFECTS = {
        {2, 3}, {9, 3}, {7, 1}, {13, 6}, {8, 5}, {5, 6}, {4, 3}, {1, 2}, {8, 5}, {10, 4}, {7, 3}, {12, 6}, {10, 5}
    };
    private static final int[][] EFFICIENCY = {
        {4, 1}, {12, 0}, {8, 0}, {19, 0}, {12, 1}, {10, 1}, {7, 0}, {3, 0}, {13, 0}, {13, 1}, {10, 0}, {17, 1}, {14, 0}
    };
    private static final int[][] MODERNIZATION = {
        {3, 2}, {9, 3}, {6, 2}, {14, 5}, {6, 7}, {8, 3}, {5, 2}, {2, 1}, {11, 2}, {10, 5}, {7, 3}, {10, 8}, {5, 10}
    };

    @Test
    void reproducesTheTablesOfGoodPracticeReportNo17() {
        RoundSummary summary = SummaryCalculator.summarise("2016/17", seedRound());

        assertThat(summary.totals().participatingAdministrations()).isEqualTo(261);
        assertThat(summary.totals().replyingAdministrations()).isEqualTo(148);
        assertThat(summary.totals().replyRate()).isEqualTo(0.5670);
        assertThat(summary.totals().replies()).isEqualTo(149);
        assertThat(summary.totals().actions()).isEqualTo(new Actions(109, 120, 83, 47, 27, 34));
        assertThat(summary.totals().directEffects()).isEqualTo(new YesNo(96, 52));
        assertThat(summary.totals().efficiency()).isEqualTo(new YesNo(142, 5));
        assertThat(summary.totals().modernization()).isEqualTo(new YesNo(96, 53));
    }

    @Test
    void countsAdministrationsInTableOneAndRepliesInTheOthers() {
        RoundSummary.WorkshopRow securityProgram =
                SummaryCalculator.summarise("2016/17", seedRound()).workshops().get(9);

        assertThat(securityProgram.replyingAdministrations()).isEqualTo(14);
        assertThat(securityProgram.replies()).isEqualTo(15);
        // One reply answered Q3 neither yes nor no: it is in no column.
        assertThat(securityProgram.directEffects()).isEqualTo(new YesNo(10, 4));
    }

    @Test
    void anEmptyRoundHasNoReplyRateRatherThanAnError() {
        assertThat(SummaryCalculator.summarise("2018/19", List.of()).totals().replyRate())
                .isZero();
    }

    private static List<WorkshopFacts> seedRound() {
        List<WorkshopFacts> workshops = new ArrayList<>();
        for (int w = 0; w < 13; w++) {
            Set<String> participating = new LinkedHashSet<>();
            for (int a = 0; a < PARTICIPATING[w]; a++) {
                participating.add("A" + a);
            }
            List<SubmittedReply> replies = new ArrayList<>();
            for (int r = 0; r < REPLIES[w]; r++) {
                // Administrations A0..A(n-1) reply; the extra replies come from A0 again.
                String administration = "A" + (r < REPLYING[w] ? r : 0);
                int[] a = ACTIONS[w];
                replies.add(new SubmittedReply(
                        administration,
                        new ReplyAnswers(
                                r < a[0],
                                null,
                                r < a[1],
                                r < a[2],
                                r < a[3],
                                r < a[4],
                                r < a[5],
                                r < a[5] ? "other" : null,
                                null,
                                null,
                                answer(r, DIRECT_EFFECTS[w]),
                                null,
                                answer(r, EFFICIENCY[w]),
                                null,
                                answer(r, MODERNIZATION[w]),
                                null)));
            }
            workshops.add(
                    new WorkshopFacts("FY1617-%02d".formatted(w + 1), "Workshop " + (w + 1), participating, replies));
        }
        return workshops;
    }

    /** The first {@code yes} replies answer yes, the next {@code no} no, the rest nothing. */
    private static Answer answer(int reply, int[] yesNo) {
        return reply < yesNo[0] ? Answer.YES : reply < yesNo[0] + yesNo[1] ? Answer.NO : null;
    }
}

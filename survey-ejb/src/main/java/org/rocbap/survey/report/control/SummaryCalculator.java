package org.rocbap.survey.report.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rocbap.survey.questionnaire.entity.Answer;
import org.rocbap.survey.questionnaire.entity.ReplyAnswers;
import org.rocbap.survey.report.entity.RoundSummary;
import org.rocbap.survey.report.entity.RoundSummary.Actions;
import org.rocbap.survey.report.entity.RoundSummary.Totals;
import org.rocbap.survey.report.entity.RoundSummary.WorkshopRow;
import org.rocbap.survey.report.entity.RoundSummary.YesNo;

/**
 * Counts Tables 1-5 the way the Good Practice Report does (see shared/DOMAIN.md): Table 1 counts
 * administrations (participating, and replying), Tables 2-5 count individual submitted replies, a
 * yes/no question left unanswered counts in neither column, and the reply rate is replying over
 * participating administrations.
 */
public final class SummaryCalculator {

    /** What the calculator needs of one workshop. */
    public record WorkshopFacts(
            String code, String title, Set<String> participatingAdministrations, List<SubmittedReply> replies) {}

    /** One submitted reply: the administration of its participant, and its answers. */
    public record SubmittedReply(String administration, ReplyAnswers answers) {}

    private SummaryCalculator() {}

    public static RoundSummary summarise(String fiscalYear, List<WorkshopFacts> workshops) {
        return total(fiscalYear, workshops.stream().map(SummaryCalculator::row).toList());
    }

    /** The totals row and reply rate over workshop rows already counted (e.g. by the database). */
    public static RoundSummary total(String fiscalYear, List<WorkshopRow> rows) {
        int participating = rows.stream()
                .mapToInt(WorkshopRow::participatingAdministrations)
                .sum();
        int replying =
                rows.stream().mapToInt(WorkshopRow::replyingAdministrations).sum();
        Totals totals = new Totals(
                participating,
                replying,
                rows.stream().mapToInt(WorkshopRow::replies).sum(),
                sum(rows, WorkshopRow::actions, new Actions(0, 0, 0, 0, 0, 0), Actions::plus),
                sum(rows, WorkshopRow::directEffects, new YesNo(0, 0), YesNo::plus),
                sum(rows, WorkshopRow::efficiency, new YesNo(0, 0), YesNo::plus),
                sum(rows, WorkshopRow::modernization, new YesNo(0, 0), YesNo::plus),
                participating == 0
                        ? 0
                        : BigDecimal.valueOf(replying)
                                .divide(BigDecimal.valueOf(participating), 4, RoundingMode.HALF_UP)
                                .doubleValue());
        return new RoundSummary(fiscalYear, rows, totals);
    }

    private static WorkshopRow row(WorkshopFacts w) {
        List<ReplyAnswers> answers =
                w.replies().stream().map(SubmittedReply::answers).toList();
        Set<String> replying =
                w.replies().stream().map(SubmittedReply::administration).collect(Collectors.toSet());
        Actions actions = new Actions(
                count(answers, ReplyAnswers::isSharedMaterials),
                count(answers, ReplyAnswers::isSubmittedReport),
                count(answers, ReplyAnswers::isRecommendations),
                count(answers, ReplyAnswers::isInHouseWorkshop),
                count(answers, ReplyAnswers::isManuals),
                count(answers, ReplyAnswers::isOthers));
        return new WorkshopRow(
                w.code(),
                w.title(),
                w.participatingAdministrations().size(),
                replying.size(),
                answers.size(),
                actions,
                yesNo(answers, ReplyAnswers::getDirectEffects),
                yesNo(answers, ReplyAnswers::getEfficiency),
                yesNo(answers, ReplyAnswers::getModernization));
    }

    private static int count(Collection<ReplyAnswers> answers, java.util.function.Predicate<ReplyAnswers> ticked) {
        return (int) answers.stream().filter(ticked).count();
    }

    private static YesNo yesNo(Collection<ReplyAnswers> answers, Function<ReplyAnswers, Answer> question) {
        Map<Answer, Long> counts = answers.stream()
                .map(question)
                .filter(a -> a != null)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return new YesNo(
                counts.getOrDefault(Answer.YES, 0L).intValue(),
                counts.getOrDefault(Answer.NO, 0L).intValue());
    }

    private static <T> T sum(
            List<WorkshopRow> rows, Function<WorkshopRow, T> part, T zero, java.util.function.BinaryOperator<T> plus) {
        return rows.stream().map(part).reduce(zero, plus);
    }
}

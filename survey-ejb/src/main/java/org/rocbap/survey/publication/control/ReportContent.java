package org.rocbap.survey.publication.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.rocbap.survey.publication.entity.QuotedQuestion;
import org.rocbap.survey.publication.entity.ReportPart;
import org.rocbap.survey.report.entity.RoundSummary;
import org.rocbap.survey.report.entity.TrendPoint;

/**
 * Everything one edition of the report prints, read from the database in one go.
 *
 * @param texts the head's latest draft of each part that has one
 * @param quotes the approved examples under each question, in the order staff gave them
 */
public record ReportContent(
        String fiscalYear,
        int edition,
        LocalDate generatedOn,
        RoundSummary summary,
        List<TrendPoint> trend,
        Map<ReportPart, String> texts,
        Map<QuotedQuestion, List<Quote>> quotes) {

    /** An approved example and who gave it, workshop by workshop. */
    public record Quote(String wording, List<Source> sources) {}

    /** @param administrations the names of the administrations that approved, alphabetically */
    public record Source(List<String> administrations, String workshopTitle) {}
}

package org.rocbap.survey.missionreport.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.TextRules;

/**
 * What the filing of a mission report must satisfy, from the page, the API or a round import: a
 * filing date between the workshop's start and today. The document's own checks (type, size) are
 * {@link DocumentInspector}'s.
 */
public final class MissionReportRules {

    private MissionReportRules() {}

    /** @param workshopStart the first day of the participant's workshop */
    public static List<RuleViolation> check(
            LocalDate workshopStart, LocalDate filedOn, String recommendations, LocalDate today) {
        List<RuleViolation> violations = new ArrayList<>();
        if (filedOn == null) {
            violations.add(RuleViolation.of("filedOn", "missionReport.dateMissing"));
        } else if (filedOn.isAfter(today)) {
            violations.add(RuleViolation.of("filedOn", "missionReport.dateInFuture", filedOn));
        } else if (filedOn.isBefore(workshopStart)) {
            violations.add(RuleViolation.of("filedOn", "missionReport.dateBeforeWorkshop", filedOn, workshopStart));
        }
        TextRules.check(violations, "recommendations", recommendations, TextRules.FREE_TEXT);
        return violations;
    }

    /**
     * Whether a document of {@code size} bytes may be filed: the pages and the API ask before they
     * read an upload, so that a file over the limit is never held in memory whole.
     */
    public static List<RuleViolation> documentSize(String name, long size, long maxBytes) {
        if (size == 0) {
            return List.of(RuleViolation.of("document", "missionReport.documentEmpty", name));
        }
        if (size > maxBytes) {
            return List.of(RuleViolation.of(
                    "document",
                    "missionReport.documentTooLarge",
                    name,
                    Math.max(1, size / (1024 * 1024)),
                    maxBytes / (1024 * 1024)));
        }
        return List.of();
    }
}

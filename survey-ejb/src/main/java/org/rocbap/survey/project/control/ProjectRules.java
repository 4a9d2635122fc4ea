package org.rocbap.survey.project.control;

import java.util.ArrayList;
import java.util.List;
import org.rocbap.survey.project.entity.ProjectStatus;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.TextRules;

/** What a modernization project must satisfy, entered on the projects page, through the API or from a reply. */
public final class ProjectRules {

    /** A project builds on a few regional workshops, never hundreds. */
    public static final int MAX_WORKSHOPS = 100;

    private ProjectRules() {}

    /** The rule broken by a project naming more workshops than {@link #MAX_WORKSHOPS}, if it does. */
    public static List<RuleViolation> checkWorkshopCount(int count) {
        return count > MAX_WORKSHOPS
                ? List.of(RuleViolation.of("workshops", "project.tooManyWorkshops", count, MAX_WORKSHOPS))
                : List.of();
    }

    /** The rules broken by a project's description (its workshops are checked against the database by the service). */
    public static List<RuleViolation> check(String title, String description, String category, ProjectStatus status) {
        List<RuleViolation> violations = new ArrayList<>();
        TextRules.required(violations, "title", title, TextRules.TITLE, "project.titleMissing");
        TextRules.check(violations, "description", description, TextRules.FREE_TEXT);
        TextRules.check(violations, "category", category, TextRules.SHORT);
        if (status == null) {
            violations.add(RuleViolation.of("status", "project.statusMissing"));
        }
        return violations;
    }

    /** A project named after a reply's Q5 text takes its first line as title, cut to fit. */
    public static String titleFrom(String text) {
        String firstLine = text.strip().lines().findFirst().orElse(text.strip());
        return firstLine.length() > TextRules.TITLE ? firstLine.substring(0, TextRules.TITLE - 1) + "…" : firstLine;
    }
}

package org.rocbap.survey.workshop.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.TextRules;
import org.rocbap.survey.workshop.entity.FiscalYear;

/**
 * What a regional workshop must satisfy, for the workshop pages, the API and the round import alike.
 * Fields are named as on the workshop form; the import puts its JSON pointer in front.
 */
public final class WorkshopRules {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,19}");

    private WorkshopRules() {}

    /** The rules broken by a workshop's description (its fiscal year is checked by {@link #fiscalYear}). */
    public static List<RuleViolation> check(
            String code, String title, LocalDate startDate, LocalDate endDate, String venue) {
        List<RuleViolation> violations = new ArrayList<>();
        if (!isCode(code)) {
            violations.add(
                    code == null || code.isBlank()
                            ? RuleViolation.of("code", "workshop.codeMissing")
                            : RuleViolation.of("code", "workshop.codeInvalid", code));
        }
        TextRules.required(violations, "title", title, TextRules.TITLE, "workshop.titleMissing");
        if (startDate == null) {
            violations.add(RuleViolation.of("startDate", "workshop.startDateMissing"));
        }
        if (endDate == null) {
            violations.add(RuleViolation.of("endDate", "workshop.endDateMissing"));
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            violations.add(RuleViolation.of("endDate", "workshop.datesReversed", endDate, startDate));
        }
        TextRules.check(violations, "venue", venue, TextRules.NAME);
        return violations;
    }

    /** The fiscal year a workshop is filed under, written like 2017/18. */
    public static List<RuleViolation> fiscalYear(String label) {
        try {
            FiscalYear.parse(label);
            return List.of();
        } catch (IllegalArgumentException e) {
            return List.of(RuleViolation.of("fiscalYear", "workshop.fiscalYearInvalid", String.valueOf(label)));
        }
    }

    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code.strip()).matches();
    }
}

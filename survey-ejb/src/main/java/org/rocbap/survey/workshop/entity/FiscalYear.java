package org.rocbap.survey.workshop.entity;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.WorkflowException;

/**
 * A WCO fiscal year, which runs from 1 July to 30 June and is written {@code 2016/17}.
 *
 * @param startYear the calendar year in which the fiscal year starts (2016 for FY2016/17)
 */
public record FiscalYear(int startYear) {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})[/-](\\d{2})");

    public FiscalYear {
        if (startYear < 1900 || startYear > 9998) {
            throw new IllegalArgumentException("A fiscal year must start between 1900 and 9998, not " + startYear);
        }
    }

    /**
     * Reads {@code 2016/17} (or {@code 2016-17}, as written in URLs).
     *
     * @throws IllegalArgumentException if the text is not such a label or its two years do not follow
     */
    public static FiscalYear parse(String label) {
        Matcher m = label == null ? null : LABEL.matcher(label.trim());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("A fiscal year is written like 2016/17, not '" + label + "'");
        }
        FiscalYear year = new FiscalYear(Integer.parseInt(m.group(1)));
        if ((year.startYear + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw new IllegalArgumentException(
                    "A fiscal year covers two consecutive years, so '" + label + "' should read " + year.label());
        }
        return year;
    }

    /**
     * Like {@link #parse}, for a label a user or client typed: a bad one is a broken rule, with the
     * field named, rather than a programming error.
     */
    public static FiscalYear parseOrRefuse(String label) {
        try {
            return parse(label);
        } catch (IllegalArgumentException e) {
            throw new WorkflowException(
                    RuleViolation.of("fiscalYear", "round.fiscalYearInvalid", String.valueOf(label)));
        }
    }

    /** The fiscal year a date falls in. */
    public static FiscalYear containing(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= Month.JULY.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.JULY, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.JUNE, 30);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    /** {@code 2016/17}. */
    public String label() {
        return String.format("%d/%02d", startYear, (startYear + 1) % 100);
    }

    @Override
    public String toString() {
        return label();
    }
}

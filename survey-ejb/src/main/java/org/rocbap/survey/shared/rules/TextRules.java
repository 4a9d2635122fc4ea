package org.rocbap.survey.shared.rules;

import java.util.List;

/**
 * What any text typed by a user must satisfy, whatever the way in (page, API, import): it fits its
 * column, and it holds no NUL character, which PostgreSQL cannot store. Free texts are bounded too,
 * so that one answer cannot fill a page, an export or the audit trail with megabytes.
 */
public final class TextRules {

    /** Answers, descriptions, recommendations: a page of text is plenty. */
    public static final int FREE_TEXT = 5_000;

    public static final int TITLE = 300;
    public static final int NAME = 200;
    public static final int EMAIL = 254;
    public static final int FILE_NAME = 255;
    public static final int SHORT = 100;

    private TextRules() {}

    /** Adds a violation of {@code field} if {@code value} is longer than {@code max} or holds a NUL. */
    public static void check(List<RuleViolation> violations, String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.indexOf('\0') >= 0) {
            violations.add(RuleViolation.of(field, "text.control"));
        } else if (value.length() > max) {
            violations.add(RuleViolation.of(field, "text.tooLong", value.length(), max));
        }
    }

    /** Like {@link #check}, and adds {@code missingKey} when the value is absent or blank. */
    public static void required(
            List<RuleViolation> violations, String field, String value, int max, String missingKey) {
        if (value == null || value.isBlank()) {
            violations.add(RuleViolation.of(field, missingKey));
        } else {
            check(violations, field, value, max);
        }
    }

    /** The text without its surrounding blanks, {@code null} when nothing is left. */
    public static String strip(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}

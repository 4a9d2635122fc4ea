package org.rocbap.survey.mail.control;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.rocbap.survey.mail.entity.MailTemplate;
import org.rocbap.survey.mail.entity.SubjectAndBody;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.TextRules;
import org.rocbap.survey.shared.text.DisplayDates;

/**
 * The texts of the round's mail ({@code org/rocbap/survey/mail.properties} and its French twin), filled
 * in for one recipient in their language; dates are written as on the pages.
 */
public final class MailTemplates {

    /** The mail texts' resource bundle. */
    public static final String BUNDLE = "org.rocbap.survey.mail";

    private static final java.util.regex.Pattern LONE_APOSTROPHE = java.util.regex.Pattern.compile("(?<!')'(?!')");

    /** The longest body staff may write (the column's width). */
    static final int MAX_BODY = 20_000;

    private MailTemplates() {}

    /** The mail {@code name} (invitation, reminder, overdue, feedback) with its placeholders filled in. */
    public static SubjectAndBody render(String name, Locale locale, Object... arguments) {
        return new SubjectAndBody(
                format(name + ".subject", locale, arguments), format(name + ".body", locale, arguments));
    }

    /** The text a mail goes out with unless staff reworded it: its patterns, placeholders unfilled. */
    public static SubjectAndBody shipped(String name, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return new SubjectAndBody(bundle.getString(name + ".subject"), bundle.getString(name + ".body"));
    }

    /** Staff's wording ({@code patterns}) with the placeholders filled in. */
    public static SubjectAndBody render(SubjectAndBody patterns, Locale locale, Object... arguments) {
        return new SubjectAndBody(
                formatPattern(patterns.subject(), locale, arguments),
                formatPattern(patterns.body(), locale, arguments));
    }

    /**
     * What is wrong with a wording of {@code template}: empty or too long, a pattern that does not
     * parse, a placeholder the mail does not have, or the personal link left out.
     */
    public static List<RuleViolation> check(MailTemplate template, SubjectAndBody patterns, Locale locale) {
        List<RuleViolation> violations = new java.util.ArrayList<>();
        checkPattern(violations, template, "subject", patterns.subject(), TextRules.TITLE);
        checkPattern(violations, template, "body", patterns.body(), MAX_BODY);
        if (violations.isEmpty() && template.linkPlaceholder() >= 0) {
            String link = String.valueOf(template.samples()[template.linkPlaceholder()]);
            if (!formatPattern(patterns.body(), locale, template.samples()).contains(link)) {
                violations.add(RuleViolation.of("body", "mailTemplate.linkMissing", template.linkPlaceholder()));
            }
        }
        return violations;
    }

    private static void checkPattern(
            List<RuleViolation> violations, MailTemplate template, String field, String pattern, int max) {
        if (pattern == null || pattern.isBlank()) {
            violations.add(RuleViolation.of(field, "mailTemplate." + field + "Missing"));
            return;
        }
        if (pattern.length() > max) {
            violations.add(RuleViolation.of(field, "mailTemplate.tooLong", max));
            return;
        }
        // A lone ASCII apostrophe starts a quoted stretch, which would swallow the placeholders after it.
        if (LONE_APOSTROPHE.matcher(pattern).find()) {
            violations.add(RuleViolation.of(field, "mailTemplate.apostrophe"));
            return;
        }
        try {
            int used = new MessageFormat(pattern, Locale.ENGLISH).getFormatsByArgumentIndex().length;
            if (used > template.placeholders()) {
                violations.add(RuleViolation.of(
                        field, "mailTemplate.unknownPlaceholder", used - 1, template.placeholders() - 1));
            }
        } catch (IllegalArgumentException e) {
            violations.add(RuleViolation.of(field, "mailTemplate.pattern", e.getMessage()));
        }
    }

    /** The file name of a mail's attachment, e.g. {@code tables-fy2016-17.csv}. */
    public static String attachmentName(String name, Locale locale, Object... arguments) {
        return format(name + ".attachment", locale, arguments);
    }

    /** One line of a mail's body (a digest's item, say), in the recipient's language. */
    public static String line(String key, Locale locale, Object... arguments) {
        return format(key, locale, arguments);
    }

    private static String format(String key, Locale locale, Object... arguments) {
        return formatPattern(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale, arguments);
    }

    private static String formatPattern(String pattern, Locale locale, Object... arguments) {
        Object[] shown = Arrays.stream(arguments)
                .map(argument -> DisplayDates.argument(argument, locale))
                .toArray();
        return new MessageFormat(pattern, locale).format(shown);
    }
}

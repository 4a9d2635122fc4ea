package org.rocbap.survey.mail.control;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rocbap.survey.report.control.RoundSummary;
import org.rocbap.survey.report.control.RoundSummary.Totals;
import org.rocbap.survey.report.control.RoundSummary.WorkshopRow;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.TextRules;
import org.rocbap.survey.shared.text.DisplayDates;

/**
 * The texts of the round's mail ({@code org/rocbap/survey/mail.properties} and its French twin), filled
 * in for one recipient in their language; dates are written as on the pages.
 */
public final class MailTemplates {

    private static final String BUNDLE = "org.rocbap.survey.mail";

    private static final java.util.regex.Pattern LONE_APOSTROPHE = java.util.regex.Pattern.compile("(?<!')'(?!')");

    /** The longest body staff may write (the column's width). */
    static final int MAX_BODY = 20_000;

    /** A mail's subject and body. */
    public record Text(String subject, String body) {}

    private MailTemplates() {}

    /** The mail {@code name} (invitation, reminder, overdue, feedback) with its placeholders filled in. */
    public static Text render(String name, Locale locale, Object... arguments) {
        return new Text(format(name + ".subject", locale, arguments), format(name + ".body", locale, arguments));
    }

    /** The text a mail goes out with unless staff reworded it: its patterns, placeholders unfilled. */
    public static Text shipped(String name, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return new Text(bundle.getString(name + ".subject"), bundle.getString(name + ".body"));
    }

    /** Staff's wording ({@code patterns}) with the placeholders filled in. */
    public static Text render(Text patterns, Locale locale, Object... arguments) {
        return new Text(
                formatPattern(patterns.subject(), locale, arguments),
                formatPattern(patterns.body(), locale, arguments));
    }

    /**
     * What is wrong with a wording of {@code template}: empty or too long, a pattern that does not
     * parse, a placeholder the mail does not have, or the personal link left out.
     */
    public static List<RuleViolation> check(MailTemplate template, Text patterns, Locale locale) {
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

    /**
     * The approved examples of the participant's own workshop, as the report quotes them; nothing when
     * the workshop has none.
     */
    public static String feedbackExamples(List<String> examples, Locale locale) {
        if (examples.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("\n\n").append(format("feedback.examples", locale));
        examples.forEach(example -> text.append("\n- ").append(example));
        return text.toString();
    }

    /** The feedback's table: one line per workshop of Tables 1 and 3-5, their total, and Table 2's totals. */
    public static String feedbackTable(RoundSummary summary, Locale locale) {
        StringBuilder table = new StringBuilder(format("feedback.heading", locale)).append('\n');
        for (WorkshopRow row : summary.workshops()) {
            double rate = row.participatingAdministrations() == 0
                    ? 0
                    : (double) row.replyingAdministrations() / row.participatingAdministrations();
            table.append(format(
                            "feedback.row",
                            locale,
                            row.code(),
                            row.participatingAdministrations(),
                            row.replyingAdministrations(),
                            rate,
                            row.directEffects().yes(),
                            row.efficiency().yes(),
                            row.modernization().yes()))
                    .append('\n');
        }
        Totals totals = summary.totals();
        table.append(format(
                        "feedback.total",
                        locale,
                        "",
                        totals.participatingAdministrations(),
                        totals.replyingAdministrations(),
                        totals.replyRate(),
                        totals.directEffects().yes(),
                        totals.efficiency().yes(),
                        totals.modernization().yes()))
                .append("\n\n");
        RoundSummary.Actions actions = totals.actions();
        table.append(format(
                "feedback.actions",
                locale,
                actions.sharedMaterials(),
                actions.submittedReport(),
                actions.recommendations(),
                actions.inHouseWorkshop(),
                actions.manuals(),
                actions.others()));
        return table.toString();
    }

    /** The file name of a mail's attachment, e.g. {@code tables-fy2016-17.csv}. */
    public static String attachmentName(String name, Locale locale, Object... arguments) {
        return format(name + ".attachment", locale, arguments);
    }

    /**
     * Tables 1-5 of the round as a spreadsheet (CSV, UTF-8 with a byte order mark so that Excel reads
     * the accents): one row per workshop, then the totals.
     */
    public static byte[] feedbackSpreadsheet(RoundSummary summary, Locale locale) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(ResourceBundle.getBundle(BUNDLE, locale).getString("feedback.columns"))
                .append("\r\n");
        for (WorkshopRow row : summary.workshops()) {
            line(
                    csv,
                    row.code(),
                    row.title(),
                    row.participatingAdministrations(),
                    row.replyingAdministrations(),
                    row.replies(),
                    row.actions(),
                    row.directEffects(),
                    row.efficiency(),
                    row.modernization());
        }
        Totals totals = summary.totals();
        line(
                csv,
                format("feedback.totalLabel", locale),
                "",
                totals.participatingAdministrations(),
                totals.replyingAdministrations(),
                totals.replies(),
                totals.actions(),
                totals.directEffects(),
                totals.efficiency(),
                totals.modernization());
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(
            StringBuilder csv,
            String code,
            String title,
            int participating,
            int replying,
            int replies,
            RoundSummary.Actions actions,
            RoundSummary.YesNo directEffects,
            RoundSummary.YesNo efficiency,
            RoundSummary.YesNo modernization) {
        String rate = participating == 0 ? "" : String.format(Locale.ROOT, "%.4f", (double) replying / participating);
        csv.append(Stream.of(
                                cell(code),
                                cell(title),
                                participating,
                                replying,
                                rate,
                                replies,
                                actions.sharedMaterials(),
                                actions.submittedReport(),
                                actions.recommendations(),
                                actions.inHouseWorkshop(),
                                actions.manuals(),
                                actions.others(),
                                directEffects.yes(),
                                directEffects.no(),
                                efficiency.yes(),
                                efficiency.no(),
                                modernization.yes(),
                                modernization.no())
                        .map(String::valueOf)
                        .collect(Collectors.joining(",")))
                .append("\r\n");
    }

    /** A text cell: quoted, and never read by a spreadsheet as a formula. */
    private static String cell(String text) {
        String safe = text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + (safe == null ? "" : safe.replace("\"", "\"\"")) + "\"";
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

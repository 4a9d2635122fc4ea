package org.rocbap.survey.round.control;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rocbap.survey.mail.control.MailTemplates;
import org.rocbap.survey.report.entity.RoundSummary;
import org.rocbap.survey.report.entity.RoundSummary.Totals;
import org.rocbap.survey.report.entity.RoundSummary.WorkshopRow;

/**
 * What the feedback mail tells every participant of a round: its results as a table in the body and as
 * a spreadsheet attachment, and the examples of their own workshop. The round renders it because it
 * alone knows both the mail and the results.
 */
public final class FeedbackMail {

    private FeedbackMail() {}

    /**
     * The approved examples of the participant's own workshop, as the report quotes them; nothing when
     * the workshop has none.
     */
    public static String feedbackExamples(List<String> examples, Locale locale) {
        if (examples.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("\n\n").append(MailTemplates.line("feedback.examples", locale));
        examples.forEach(example -> text.append("\n- ").append(example));
        return text.toString();
    }

    /** The feedback's table: one line per workshop of Tables 1 and 3-5, their total, and Table 2's totals. */
    public static String feedbackTable(RoundSummary summary, Locale locale) {
        StringBuilder table = new StringBuilder(MailTemplates.line("feedback.heading", locale)).append('\n');
        for (WorkshopRow row : summary.workshops()) {
            double rate = row.participatingAdministrations() == 0
                    ? 0
                    : (double) row.replyingAdministrations() / row.participatingAdministrations();
            table.append(MailTemplates.line(
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
        table.append(MailTemplates.line(
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
        table.append(MailTemplates.line(
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

    /**
     * Tables 1-5 of the round as a spreadsheet (CSV, UTF-8 with a byte order mark so that Excel reads
     * the accents): one row per workshop, then the totals.
     */
    public static byte[] feedbackSpreadsheet(RoundSummary summary, Locale locale) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(ResourceBundle.getBundle(MailTemplates.BUNDLE, locale).getString("feedback.columns"))
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
                MailTemplates.line("feedback.totalLabel", locale),
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
}

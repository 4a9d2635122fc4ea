package org.rocbap.survey.mail.control;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import org.rocbap.survey.report.control.RoundSummary;
import org.rocbap.survey.report.control.RoundSummary.Totals;
import org.rocbap.survey.report.control.RoundSummary.WorkshopRow;
import org.rocbap.survey.shared.text.DisplayDates;

/**
 * The texts of the round's mail ({@code org/rocbap/survey/mail.properties} and its French twin), filled
 * in for one recipient in their language; dates are written as on the pages.
 */
public final class MailTemplates {

    private static final String BUNDLE = "org.rocbap.survey.mail";

    /** A mail's subject and body. */
    public record Text(String subject, String body) {}

    private MailTemplates() {}

    /** The mail {@code name} (invitation, reminder, overdue, feedback) with its placeholders filled in. */
    public static Text render(String name, Locale locale, Object... arguments) {
        return new Text(format(name + ".subject", locale, arguments), format(name + ".body", locale, arguments));
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

    private static String format(String key, Locale locale, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        Object[] shown = Arrays.stream(arguments)
                .map(argument -> DisplayDates.argument(argument, locale))
                .toArray();
        return new MessageFormat(pattern, locale).format(shown);
    }
}

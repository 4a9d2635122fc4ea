package org.rocbap.survey.publication.control;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rocbap.survey.publication.control.ReportContent.Quote;
import org.rocbap.survey.publication.entity.QuotedQuestion;
import org.rocbap.survey.publication.entity.ReportPart;
import org.rocbap.survey.report.entity.RoundSummary;
import org.rocbap.survey.report.entity.RoundSummary.Actions;
import org.rocbap.survey.report.entity.RoundSummary.WorkshopRow;
import org.rocbap.survey.report.entity.RoundSummary.YesNo;
import org.rocbap.survey.shared.text.DisplayDates;

/**
 * The Good Practice Report in print order, as the seed report (No. 17) lays it out: cover, contents,
 * foreword, one chapter per table with its chart, the head's observations and the approved examples,
 * then the conclusions. Whatever the format, the words and figures come from here.
 */
public final class GoodPracticeReport {

    private static final String BUNDLE = "org.rocbap.survey.publication";
    private static final Locale LOCALE = Locale.ENGLISH;

    private final ResourceBundle words = ResourceBundle.getBundle(BUNDLE, LOCALE);
    private final ReportContent content;
    private final ReportLayout layout;

    private GoodPracticeReport(ReportContent content, ReportLayout layout) {
        this.content = content;
        this.layout = layout;
    }

    /** Lays the report out in the given format and returns the file. */
    public static byte[] write(ReportContent content, ReportLayout layout) {
        new GoodPracticeReport(content, layout).write();
        return layout.finish();
    }

    private void write() {
        layout.cover(
                text("report.title"),
                text("report.subtitle", content.fiscalYear()),
                text("report.note", content.edition(), DisplayDates.day(content.generatedOn(), LOCALE)));
        layout.contents(text("report.contents"));
        headsText(ReportPart.FOREWORD, true);
        replyRate();
        followUp();
        yesNoChapter(
                ReportPart.DIRECT_EFFECTS,
                WorkshopRow::directEffects,
                content.summary().totals().directEffects());
        yesNoChapter(
                ReportPart.EFFICIENCY,
                WorkshopRow::efficiency,
                content.summary().totals().efficiency());
        yesNoChapter(
                ReportPart.MODERNIZATION,
                WorkshopRow::modernization,
                content.summary().totals().modernization());
        headsText(ReportPart.CONCLUSIONS, true);
    }

    private void replyRate() {
        RoundSummary.Totals totals = content.summary().totals();
        layout.heading(1, text("part.REPLY_RATE"));
        layout.paragraph(text(
                "rate.summary",
                totals.participatingAdministrations(),
                content.summary().workshops().size(),
                totals.replyingAdministrations(),
                percent(totals.replyRate())));
        List<List<String>> rows = new ArrayList<>();
        for (WorkshopRow w : content.summary().workshops()) {
            rows.add(List.of(
                    w.code(),
                    w.title(),
                    number(w.participatingAdministrations()),
                    number(w.replyingAdministrations()),
                    percent(rate(w.replyingAdministrations(), w.participatingAdministrations()))));
        }
        rows.add(List.of(
                text("total"),
                "",
                number(totals.participatingAdministrations()),
                number(totals.replyingAdministrations()),
                percent(totals.replyRate())));
        table(1, List.of("column.participating", "column.replying", "column.rate"), rows);
        if (!content.trend().isEmpty()) {
            Map<String, Double> rates = new LinkedHashMap<>();
            content.trend().forEach(p -> rates.put(p.fiscalYear(), Math.round(p.replyRate() * 1000) / 10.0));
            String series = content.trend().stream()
                    .map(p -> p.fiscalYear() + " " + percent(p.replyRate()))
                    .collect(Collectors.joining(", "));
            layout.paragraph(text("rate.trend", series));
            layout.figure(
                    ReportCharts.bars(rates, text("chart.axis.round"), text("chart.axis.rate")),
                    text("chart.trend", series));
        }
        headsText(ReportPart.REPLY_RATE, false);
    }

    private void followUp() {
        layout.heading(1, text("part.FOLLOW_UP"));
        List<String> columns = List.of(
                "column.replies",
                "column.sharedMaterials",
                "column.submittedReport",
                "column.recommendations",
                "column.inHouseWorkshop",
                "column.manuals",
                "column.others");
        List<List<String>> rows = new ArrayList<>();
        for (WorkshopRow w : content.summary().workshops()) {
            rows.add(actionsRow(w.code(), w.title(), w.replies(), w.actions()));
        }
        RoundSummary.Totals totals = content.summary().totals();
        rows.add(actionsRow(text("total"), "", totals.replies(), totals.actions()));
        table(2, columns, rows);
        Map<String, Integer> bars = new LinkedHashMap<>();
        List<Integer> counts = actionCounts(totals.actions());
        for (int i = 0; i < counts.size(); i++) {
            bars.put(text(columns.get(i + 1)), counts.get(i));
        }
        layout.figure(
                ReportCharts.bars(bars, "", text("chart.axis.replies")),
                text(
                        "chart.actions",
                        bars.entrySet().stream()
                                .map(e -> e.getKey() + " " + e.getValue())
                                .collect(Collectors.joining(", "))));
        headsText(ReportPart.FOLLOW_UP, false);
        quotes(QuotedQuestion.Q1_OTHERS);
        quotes(QuotedQuestion.Q2_LESSONS);
    }

    private List<String> actionsRow(String code, String title, int replies, Actions a) {
        List<String> row = new ArrayList<>(List.of(code, title, number(replies)));
        actionCounts(a).forEach(count -> row.add(number(count)));
        return row;
    }

    private static List<Integer> actionCounts(Actions a) {
        return List.of(
                a.sharedMaterials(),
                a.submittedReport(),
                a.recommendations(),
                a.inHouseWorkshop(),
                a.manuals(),
                a.others());
    }

    private void yesNoChapter(ReportPart part, Function<WorkshopRow, YesNo> answers, YesNo total) {
        layout.heading(1, text("part." + part.name()));
        List<List<String>> rows = new ArrayList<>();
        for (WorkshopRow w : content.summary().workshops()) {
            YesNo yesNo = answers.apply(w);
            rows.add(List.of(w.code(), w.title(), number(yesNo.yes()), number(yesNo.no())));
        }
        rows.add(List.of(text("total"), "", number(total.yes()), number(total.no())));
        table(part.table(), List.of("column.yes", "column.no"), rows);
        Map<String, Integer> bars = new LinkedHashMap<>();
        bars.put(text("column.yes"), total.yes());
        bars.put(text("column.no"), total.no());
        layout.figure(
                ReportCharts.bars(bars, "", text("chart.axis.replies")),
                text("chart.yesNo", number(total.yes()), number(total.no())));
        headsText(part, false);
        for (QuotedQuestion question : QuotedQuestion.values()) {
            if (question.chapter() == part) {
                quotes(question);
            }
        }
    }

    private void table(int number, List<String> figureColumns, List<List<String>> rows) {
        List<String> headers = new ArrayList<>(List.of(text("column.code"), text("column.workshop")));
        figureColumns.forEach(key -> headers.add(text(key)));
        layout.table(text("table.caption", number, text("table.title." + number)), headers, rows, true, 1);
    }

    private void quotes(QuotedQuestion question) {
        layout.heading(2, text("question." + question.name()));
        List<Quote> quotes = content.quotes().getOrDefault(question, List.of());
        if (quotes.isEmpty()) {
            layout.paragraph(text("examples.none"));
        }
        for (Quote quote : quotes) {
            layout.quote(
                    quote.wording(),
                    quote.sources().stream()
                            .map(s -> text("quote.after", joined(s.administrations()), s.workshopTitle()))
                            .collect(Collectors.joining("; ")));
        }
    }

    /** "Malaysia, Maldives and Tonga", as the seed report names the administrations. */
    private String joined(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return text("list.and", String.join(", ", names.subList(0, names.size() - 1)), names.get(names.size() - 1));
    }

    /** The head's text of a part: the foreword and conclusions get their heading only when written. */
    private void headsText(ReportPart part, boolean ownHeading) {
        String body = content.texts().get(part);
        if (body == null || body.isBlank()) {
            return;
        }
        if (ownHeading) {
            layout.heading(1, text("part." + part.name()));
        }
        for (String paragraph : body.strip().split("\\R\\s*\\R")) {
            layout.paragraph(paragraph.replaceAll("\\s*\\R\\s*", " "));
        }
    }

    private static double rate(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static String percent(double fraction) {
        return NumberFormat.getPercentInstance(LOCALE).format(fraction);
    }

    private static String number(int value) {
        return NumberFormat.getIntegerInstance(LOCALE).format(value);
    }

    private String text(String key, Object... arguments) {
        String pattern = words.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, LOCALE).format(arguments);
    }
}

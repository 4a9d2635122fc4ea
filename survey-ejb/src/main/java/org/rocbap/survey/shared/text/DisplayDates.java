package org.rocbap.survey.shared.text;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way dates are written for people, on pages, in messages and in mail: "16 Jul 2031" in
 * English, "16 juil. 2031" in French; a moment also carries its offset, so that readers in Suva and
 * Brussels know which hour is meant. Machines (the API, exports, date inputs) keep ISO 8601.
 */
public final class DisplayDates {

    private static final String DAY = "d MMM yyyy";
    private static final String MOMENT = DAY + " HH:mm xxx";

    private DisplayDates() {}

    public static String day(LocalDate date, Locale locale) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern(DAY, locale));
    }

    public static String moment(OffsetDateTime moment, Locale locale) {
        return moment == null ? "" : moment.format(DateTimeFormatter.ofPattern(MOMENT, locale));
    }

    /** "Sep 2016", for what is known to the month only. */
    public static String month(LocalDate date, Locale locale) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern("MMM yyyy", locale));
    }

    /** A message argument as people read it: dates written as {@link #day}, the rest unchanged. */
    public static Object argument(Object value, Locale locale) {
        return value instanceof LocalDate date ? day(date, locale) : value;
    }
}

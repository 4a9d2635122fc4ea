package org.rocbap.survey.report.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which workshops of different fiscal years are one series, from their titles: the same topic once
 * the words every title has ("Regional Workshop on", "WCO", "Sub-regional"), numbers, years and
 * punctuation are set aside. "WCO Regional Workshop on Data Analytics" (2016) and "Regional
 * Workshop on Data Analytics II" (2019) are one series; a title with nothing left is its own.
 */
public final class WorkshopSeries {

    private static final Set<String> GENERIC = Set.of(
            "wco",
            "rocb",
            "regional",
            "subregional",
            "sub",
            "national",
            "workshop",
            "workshops",
            "seminar",
            "on",
            "for",
            "the",
            "of",
            "and",
            "in",
            "a",
            "an",
            "to",
            "asia",
            "pacific",
            "ap",
            "i",
            "ii",
            "iii",
            "iv",
            "v",
            "vi",
            "vii",
            "viii",
            "ix",
            "x",
            "phase",
            "part",
            "session",
            "fy");

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z]+");

    private WorkshopSeries() {}

    /** The series' key: the title's own words, in order; the code when the title has none. */
    public static String key(String code, String title) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder();
        for (String word : NOT_A_LETTER.split(plain)) {
            if (!word.isEmpty() && !GENERIC.contains(word)) {
                key.append(key.isEmpty() ? "" : " ").append(word);
            }
        }
        return key.isEmpty() ? code : key.toString();
    }
}

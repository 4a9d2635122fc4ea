package org.rocbap.survey.shared.rules;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.rocbap.survey.shared.text.DisplayDates;

/**
 * One broken workflow rule: which field it concerns and what is wrong, in words a focal point
 * understands.
 *
 * @param field the input the rule is about (e.g. {@code colleaguesShared}), or {@code null} for the record as a whole
 * @param key the message key in {@code org/rocbap/survey/rules.properties}
 * @param arguments the values the message names
 */
public record RuleViolation(String field, String key, List<Object> arguments) {

    private static final String BUNDLE = "org.rocbap.survey.rules";

    public RuleViolation {
        arguments = List.copyOf(arguments);
    }

    public static RuleViolation of(String field, String key, Object... arguments) {
        return new RuleViolation(field, key, List.of(arguments));
    }

    /**
     * The same violation for a field nested in a document: {@code under("/workshops/3")} turns the
     * field {@code title} into the JSON pointer {@code /workshops/3/title}.
     */
    public RuleViolation under(String pointer) {
        return new RuleViolation(field == null ? pointer : pointer + "/" + field, key, arguments);
    }

    /** Whether the bundle has a message for {@code key}. */
    public static boolean known(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).containsKey(key);
    }

    public String message(Locale locale) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return new MessageFormat(pattern, locale)
                .format(arguments.stream()
                        .map(argument -> DisplayDates.argument(argument, locale))
                        .toArray());
    }

    public String message() {
        return message(Locale.ENGLISH);
    }
}

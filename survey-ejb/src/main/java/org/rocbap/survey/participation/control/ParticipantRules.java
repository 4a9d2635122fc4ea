package org.rocbap.survey.participation.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.rocbap.survey.administration.control.AdministrationRules;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.TextRules;

/**
 * What a participant must satisfy, for the workshop page, its spreadsheet import, the API and the
 * round import alike. Whether the e-mail is already taken depends on where the participant goes, so
 * the callers check it and report it with {@link #emailTaken}.
 */
public final class ParticipantRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+");

    private ParticipantRules() {}

    /**
     * @param isMember whether a code is a member administration's
     */
    public static List<RuleViolation> check(
            String administration, String name, String email, Predicate<String> isMember) {
        List<RuleViolation> violations = new ArrayList<>(AdministrationRules.check(administration, isMember));
        TextRules.required(violations, "name", name, TextRules.NAME, "participant.nameMissing");
        checkEmail(violations, "email", email);
        return violations;
    }

    /** A person's mail address: given, and one a mail can go to. */
    public static void checkEmail(List<RuleViolation> violations, String field, String email) {
        if (email == null || email.isBlank()) {
            violations.add(RuleViolation.of(field, "participant.emailMissing"));
        } else if (email.length() > TextRules.EMAIL
                || !EMAIL.matcher(email.strip()).matches()) {
            violations.add(RuleViolation.of(field, "participant.emailInvalid", shorten(email)));
        }
    }

    public static RuleViolation emailTaken(String email, String workshopCode) {
        return RuleViolation.of("email", "participant.emailTaken", email.strip(), workshopCode);
    }

    /** A wrong value quoted back in a message stays readable however long it was. */
    private static String shorten(String value) {
        String stripped = value.strip();
        return stripped.length() <= 60 ? stripped : stripped.substring(0, 59) + "…";
    }
}

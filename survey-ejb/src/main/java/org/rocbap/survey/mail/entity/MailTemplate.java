package org.rocbap.survey.mail.entity;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The mails staff may reword: each with an example value for every placeholder, for the preview, and
 * the placeholder of the personal link, which a text must keep (without it the participant cannot
 * answer).
 */
public enum MailTemplate {
    INVITATION(
            "invitation",
            5,
            "Mere Silva",
            "Regional Workshop on Data Analytics",
            "FY1617-03",
            LocalDate.of(2016, 9, 9),
            LocalDate.of(2017, 4, 6),
            Samples.LINK),
    INVITATION_SUCCESSOR(
            "invitationSuccessor",
            5,
            "Tevita Fifita",
            "Regional Workshop on Data Analytics",
            "FY1617-03",
            LocalDate.of(2016, 9, 9),
            LocalDate.of(2017, 4, 6),
            Samples.LINK,
            "Mere Silva"),
    REMINDER(
            "reminder",
            3,
            "Mere Silva",
            "Regional Workshop on Data Analytics",
            LocalDate.of(2017, 4, 6),
            Samples.LINK,
            7),
    OVERDUE("overdue", 3, "Mere Silva", "Regional Workshop on Data Analytics", LocalDate.of(2017, 4, 6), Samples.LINK),
    FEEDBACK("feedback", -1, "Mere Silva", "2016/17", "FY1617-03 | 12 | 7 | 58% | 6 | 7 | 4"),
    NON_REPLIERS(
            "nonRepliers",
            -1,
            "Ana Qalo",
            "Regional Workshop on Data Analytics",
            "FY1617-03",
            LocalDate.of(2017, 4, 6),
            "- Mere Silva (mere.silva@customs.example)",
            1),
    NON_REPLIERS_LATE(
            "nonRepliersLate",
            -1,
            "Jone Vula",
            "Regional Workshop on Data Analytics",
            "FY1617-03",
            LocalDate.of(2017, 4, 6),
            "- Mere Silva (mere.silva@customs.example)",
            1),
    REPORT_MISSING("reportMissing", -1, "Mere Silva", "Regional Workshop on Data Analytics", LocalDate.of(2016, 10, 9)),
    REPORTS_MISSING(
            "reportsMissing",
            -1,
            "Jone Vula",
            "Regional Workshop on Data Analytics",
            "FY1617-03",
            LocalDate.of(2016, 10, 9),
            "- Mere Silva",
            1),
    DIGEST("digest", -1, "Jone Vula", "FJI", 1, "- Mere Silva, FY1617-03: mission report missing (due 9 Oct 2016)");

    private final String key;
    private final int linkPlaceholder;
    private final Object[] samples;

    MailTemplate(String key, int linkPlaceholder, Object... samples) {
        this.key = key;
        this.linkPlaceholder = linkPlaceholder;
        this.samples = samples;
    }

    /** Its name in {@code mail.properties}: {@code invitation} for {@code invitation.subject} and {@code .body}. */
    public String key() {
        return key;
    }

    /** How many placeholders it has: {0} to {n-1}, named above each text in mail.properties. */
    public int placeholders() {
        return samples.length;
    }

    /** The placeholder the personal link is in, which the body must keep; -1 when there is none. */
    public int linkPlaceholder() {
        return linkPlaceholder;
    }

    /** Example values for a preview. */
    public Object[] samples() {
        return samples.clone();
    }

    public static Optional<MailTemplate> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    private static final class Samples {
        static final String LINK = "https://survey.rocb-ap.example/answer/questionnaire.xhtml?token=example";
    }
}

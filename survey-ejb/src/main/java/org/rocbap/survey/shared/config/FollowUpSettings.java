package org.rocbap.survey.shared.config;

import java.util.Map;

/**
 * The workflow's configurable periods and limits, read from the server's environment with the
 * defaults the ROCB A/P works with.
 *
 * @param missionReportDueDays days after a workshop ends by which its mission reports are due
 * @param acknowledgementDays days after filing by which a manager should acknowledge a mission report
 * @param replyDueDays days after a workshop ends by which the questionnaire reply is due (sent at six
 *     months, with a month to answer)
 * @param maxDocumentBytes the largest mission report document accepted
 */
public record FollowUpSettings(
        int missionReportDueDays, int acknowledgementDays, int replyDueDays, long maxDocumentBytes) {

    public static final FollowUpSettings DEFAULTS = new FollowUpSettings(30, 14, 213, 20L * 1024 * 1024);

    /** From {@code SURVEY_MISSION_REPORT_DUE_DAYS}, {@code SURVEY_ACKNOWLEDGEMENT_DAYS}, {@code SURVEY_REPLY_DUE_DAYS}, {@code SURVEY_MAX_DOCUMENT_MB}. */
    public static FollowUpSettings fromEnvironment(Map<String, String> env) {
        return new FollowUpSettings(
                number(env, "SURVEY_MISSION_REPORT_DUE_DAYS", DEFAULTS.missionReportDueDays),
                number(env, "SURVEY_ACKNOWLEDGEMENT_DAYS", DEFAULTS.acknowledgementDays),
                number(env, "SURVEY_REPLY_DUE_DAYS", DEFAULTS.replyDueDays),
                number(env, "SURVEY_MAX_DOCUMENT_MB", 20) * 1024L * 1024);
    }

    public static FollowUpSettings current() {
        return fromEnvironment(System.getenv());
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed <= 0) {
                throw new IllegalStateException(name + " must be a positive number of days or megabytes, not " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a whole number, not '" + value + "'", e);
        }
    }
}

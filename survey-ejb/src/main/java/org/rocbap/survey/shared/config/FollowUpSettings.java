package org.rocbap.survey.shared.config;

/**
 * The workflow's configurable periods and limits, as {@link Configuration} reads them (it produces
 * this record for injection).
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
}

package org.rocbap.survey.report.entity;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;

/**
 * One fiscal year of the trend across rounds.
 *
 * @param fiscalYear written 2016/17
 * @param replyRate replying over participating administrations, a fraction
 * @param directEffectsShare replies observing direct effects (Q3 yes) over replying administrations, as the
 *     report prints it; {@code null} when not known
 * @param inHouseAdministrations administrations that held in-house workshops cascading that year's
 *     workshops; {@code null} when not known
 * @param multiplier colleagues reached per participant sent (who learned from the shared materials, and
 *     in-house attendees), the year's cascade multiplier; {@code null} when not known
 * @param published whether the figures are those a report published (no replies recorded here) rather
 *     than counted from the recorded replies
 */
public record TrendPoint(
        String fiscalYear,
        double replyRate,
        Double directEffectsShare,
        Integer inHouseAdministrations,
        Double multiplier,
        boolean published)
        implements Serializable {

    /** Names that Jakarta EL 5 can read (it does not see record components). */
    @JsonbTransient
    public String getFiscalYear() {
        return fiscalYear;
    }

    @JsonbTransient
    public double getReplyRate() {
        return replyRate;
    }

    @JsonbTransient
    public Double getDirectEffectsShare() {
        return directEffectsShare;
    }

    @JsonbTransient
    public Integer getInHouseAdministrations() {
        return inHouseAdministrations;
    }

    @JsonbTransient
    public Double getMultiplier() {
        return multiplier;
    }

    @JsonbTransient
    public boolean isPublished() {
        return published;
    }
}

package org.rocbap.survey.report.entity;

import java.io.Serializable;
import java.util.List;

/**
 * Tables 1-5 of the Good Practice Report for one fiscal year.
 *
 * @param fiscalYear written 2016/17
 * @param workshops one row per surveyed workshop, by code
 * @param totals the rows summed, with the reply rate of Table 1
 */
public record RoundSummary(String fiscalYear, List<WorkshopRow> workshops, Totals totals) implements Serializable {

    /** Counts of the yes/no answers to one of Q3-Q5; unanswered replies are in neither. */
    public record YesNo(int yes, int no) implements Serializable {
        public YesNo plus(YesNo other) {
            return new YesNo(yes + other.yes, no + other.no);
        }
    }

    /** Table 2: how many replies ticked each follow-up action (a reply may tick several). */
    public record Actions(
            int sharedMaterials, int submittedReport, int recommendations, int inHouseWorkshop, int manuals, int others)
            implements Serializable {
        public Actions plus(Actions o) {
            return new Actions(
                    sharedMaterials + o.sharedMaterials,
                    submittedReport + o.submittedReport,
                    recommendations + o.recommendations,
                    inHouseWorkshop + o.inHouseWorkshop,
                    manuals + o.manuals,
                    others + o.others);
        }
    }

    /**
     * One workshop's row of every table.
     *
     * @param participatingAdministrations Table 1: administrations that sent participants
     * @param replyingAdministrations Table 1 "No. of replies": administrations with a submitted reply
     * @param replies individual submitted replies, which Tables 2-5 count
     */
    public record WorkshopRow(
            String code,
            String title,
            int participatingAdministrations,
            int replyingAdministrations,
            int replies,
            Actions actions,
            YesNo directEffects,
            YesNo efficiency,
            YesNo modernization)
            implements Serializable {}

    /** @param replyRate replying over participating administrations (148 / 261 = 0.5670 for FY2016/17) */
    public record Totals(
            int participatingAdministrations,
            int replyingAdministrations,
            int replies,
            Actions actions,
            YesNo directEffects,
            YesNo efficiency,
            YesNo modernization,
            double replyRate)
            implements Serializable {}
}

package org.rocbap.survey.report.entity;

import java.io.Serializable;
import java.util.List;

/**
 * What a workshop (or a series of workshops on one topic across fiscal years) did, by its submitted
 * replies, each figure with its 95 % interval: which workshops are worth repeating.
 *
 * @param key the workshop's code, or the series' topic
 * @param title the workshop's title, or the series' first title
 * @param fiscalYears the fiscal years it covers
 * @param replyRate submitted replies of the participants sent
 * @param directEffects replies that observed direct effects (Q3 yes) of those that answered Q3
 * @param efficiency Q4 yes of those that answered Q4
 * @param modernization Q5 yes of those that answered Q5
 * @param colleagues colleagues who learned from the materials (Q1bis), per reply that estimated them
 */
public record WorkshopImpact(
        String key,
        String title,
        List<String> fiscalYears,
        Share replyRate,
        Share directEffects,
        Share efficiency,
        Share modernization,
        Mean colleagues)
        implements Serializable {

    /** Below this many submitted replies a workshop's figures are too uncertain to rank it. */
    public static final int MINIMUM_REPLIES = 5;

    public WorkshopImpact {
        fiscalYears = List.copyOf(fiscalYears);
    }

    public int replies() {
        return replyRate.count();
    }

    /** Too few replies to read much into its figures: said on the page, and ranked last. */
    public boolean fewReplies() {
        return replies() < MINIMUM_REPLIES;
    }

    /** The same workshop's or series' figures together with {@code other}'s (another year of the series). */
    public WorkshopImpact plus(WorkshopImpact other) {
        List<String> years = new java.util.ArrayList<>(fiscalYears);
        other.fiscalYears.stream().filter(y -> !years.contains(y)).forEach(years::add);
        return new WorkshopImpact(
                key,
                title,
                years.stream().sorted().toList(),
                replyRate.plus(other.replyRate),
                directEffects.plus(other.directEffects),
                efficiency.plus(other.efficiency),
                modernization.plus(other.modernization),
                colleagues.plus(other.colleagues));
    }
}

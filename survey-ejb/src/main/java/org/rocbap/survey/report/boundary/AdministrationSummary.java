package org.rocbap.survey.report.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * One administration's year beside the region's: the workshops it took part in, whether it replied,
 * and the follow-up actions and answers of its own replies; never another administration's rows.
 *
 * @param administration the administration's code
 * @param workshops its participation, one row per workshop it sent participants to
 * @param regionalReplyRate the region's reply rate that year (Table 1), to compare with
 */
public record AdministrationSummary(
        String fiscalYear, String administration, List<Participation> workshops, double regionalReplyRate)
        implements Serializable {

    /**
     * @param participants how many participants the administration sent
     * @param replies how many of them submitted a reply
     */
    public record Participation(String code, String title, int participants, int replies) implements Serializable {}

    /** Workshops it took part in. */
    public int participated() {
        return workshops.size();
    }

    /** Workshops it replied to (Table 1 counts an administration once per workshop). */
    public int replied() {
        return (int) workshops.stream().filter(w -> w.replies() > 0).count();
    }

    /** Its own reply rate; {@code null} when it took part in no workshop that year. */
    public Double replyRate() {
        return workshops.isEmpty() ? null : (double) replied() / participated();
    }
}

package org.rocbap.survey.round.boundary;

import java.io.Serializable;

/**
 * A round's reply rate, raw and net of the participants who cannot reply for a reason on record.
 *
 * @param raw replied over invited; {@code null} before anyone is invited
 * @param net replied over invited less excused; {@code null} when no one is left
 */
public record ReplyRates(int invited, int excused, int replied, Double raw, Double net) implements Serializable {

    static ReplyRates of(int invited, int excused, int replied) {
        int reachable = invited - excused;
        return new ReplyRates(
                invited,
                excused,
                replied,
                invited == 0 ? null : (double) replied / invited,
                reachable == 0 ? null : (double) replied / reachable);
    }
}

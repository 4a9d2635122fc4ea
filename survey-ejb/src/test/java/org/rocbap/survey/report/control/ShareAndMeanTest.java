package org.rocbap.survey.report.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.rocbap.survey.report.entity.Mean;
import org.rocbap.survey.report.entity.Share;

class ShareAndMeanTest {

    /**
     * Newcombe's worked examples (Statistics in Medicine 1998;17:857, table I, method 3): 81 of 263
     * gives 0.2553 to 0.3662; 15 of 148 gives 0.0624 to 0.1605; 0 of 20 gives 0 to 0.1611.
     */
    @Test
    void wilsonIntervalsAsPublished() {
        assertThat(new Share(81, 263).lower()).isCloseTo(0.2553, within(0.0005));
        assertThat(new Share(81, 263).upper()).isCloseTo(0.3662, within(0.0005));
        assertThat(new Share(15, 148).lower()).isCloseTo(0.0624, within(0.0005));
        assertThat(new Share(15, 148).upper()).isCloseTo(0.1605, within(0.0005));
        assertThat(new Share(0, 20).lower()).isCloseTo(0.0, within(1e-9));
        assertThat(new Share(0, 20).upper()).isCloseTo(0.1611, within(0.0005));
        assertThat(new Share(0, 0).rate()).isNull();
    }

    /** 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sample standard deviation 2.138, so 5 +/- 1.96 x 2.138 / sqrt(8) = 3.52 to 6.48. */
    @Test
    void aMeansIntervalByHand() {
        Mean mean = Mean.NONE;
        for (int value : new int[] {2, 4, 4, 4, 5, 5, 7, 9}) {
            mean = mean.plus(new Mean(1, value, value * value));
        }
        assertThat(mean.value()).isEqualTo(5.0);
        assertThat(mean.lower()).isCloseTo(3.52, within(0.01));
        assertThat(mean.upper()).isCloseTo(6.48, within(0.01));
        assertThat(Mean.NONE.value()).isNull();
    }
}

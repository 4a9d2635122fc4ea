package org.rocbap.survey.report.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.rocbap.survey.report.entity.Association;
import org.rocbap.survey.report.entity.Association.Verdict;

class AssociationTest {

    /**
     * Bland and Altman's worked example (BMJ 2000;320:1468, "The odds ratio"): hay fever in 141 of
     * 561 children with eczema and in 928 of 14,892 without; odds ratio 5.05, 95 % CI 4.1 to 6.2.
     */
    @Test
    void oddsRatioAndIntervalAsInAPublishedWorkedExample() {
        Association hayFever = new Association(141, 420, 928, 13_964);

        assertThat(hayFever.oddsRatio()).isCloseTo(5.05, within(0.005));
        assertThat(hayFever.lower()).isCloseTo(4.1, within(0.05));
        assertThat(hayFever.upper()).isCloseTo(6.2, within(0.05));
        assertThat(hayFever.verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    /** Fisher's lady tasting tea (The Design of Experiments, 1935): 3 of 4 right, two-sided p = 0.486. */
    @Test
    void fishersExactTestAsInFishersOwnExample() {
        Association tea = new Association(3, 1, 1, 3);

        assertThat(tea.verdict()).as("eight cups are too few to say anything").isEqualTo(Verdict.TOO_FEW);
        assertThat(new Association(6, 2, 2, 6).fisherP()).isCloseTo(0.1319, within(0.0005));
    }

    @Test
    void tooFewOrOneSidedDataGiveNoFigure() {
        Association none = new Association(5, 0, 0, 0);

        assertThat(none.verdict()).isEqualTo(Verdict.TOO_FEW);
        assertThat(none.oddsRatio()).isNull();
        assertThat(none.fisherP()).isNull();
        Association emptyCell = new Association(12, 0, 6, 6);
        assertThat(emptyCell.oddsRatio())
                .as("an empty cell gives no finite ratio")
                .isNull();
        assertThat(emptyCell.fisherP()).isLessThan(0.05);
        assertThat(emptyCell.verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void noAssociationIsNotShown() {
        Association even = new Association(10, 10, 10, 10);

        assertThat(even.oddsRatio()).isEqualTo(1.0);
        assertThat(even.verdict()).isEqualTo(Verdict.NOT_SHOWN);
        assertThat(even.exposedRate()).isEqualTo(even.unexposedRate());
    }
}

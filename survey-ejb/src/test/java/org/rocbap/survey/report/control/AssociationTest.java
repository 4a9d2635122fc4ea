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
    }

    /**
     * A cell of zero: the ratio and its interval on every count plus one half (Haldane-Anscombe), by
     * hand: (12.5 x 6.5) / (0.5 x 6.5) = 25, standard error sqrt(1/12.5 + 1/0.5 + 1/6.5 + 1/6.5) = 1.5452,
     * so 25 x exp(-/+ 1.96 x 1.5452) = 1.21 to 517.
     */
    @Test
    void anEmptyCellIsCorrectedAndSaidSo() {
        Association emptyCell = new Association(12, 0, 6, 6);

        assertThat(emptyCell.corrected()).isTrue();
        assertThat(emptyCell.smallCounts()).isTrue();
        assertThat(emptyCell.oddsRatio()).isCloseTo(25.0, within(1e-9));
        assertThat(emptyCell.lower()).isCloseTo(1.21, within(0.01));
        assertThat(emptyCell.upper()).isCloseTo(517.0, within(1.0));
        assertThat(emptyCell.fisherP()).isLessThan(0.05);
        assertThat(emptyCell.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(new Association(10, 10, 10, 10).corrected()).isFalse();
        assertThat(new Association(10, 10, 10, 10).smallCounts()).isFalse();
    }

    @Test
    void noAssociationIsNotShown() {
        Association even = new Association(10, 10, 10, 10);

        assertThat(even.oddsRatio()).isEqualTo(1.0);
        assertThat(even.verdict()).isEqualTo(Verdict.NOT_SHOWN);
        assertThat(even.exposedRate()).isEqualTo(even.unexposedRate());
    }
}

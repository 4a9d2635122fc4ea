package org.rocbap.survey.report.entity;

import org.apache.commons.statistics.inference.FisherExactTest;

/**
 * Whether an exposure (an administration held in-house workshops) goes with an outcome (it initiated a
 * modernization project, or observed direct effects), from a 2x2 table of administrations: the rates
 * side by side, the odds ratio with its 95 % confidence interval (Woolf's logit method) and Fisher's
 * exact test (two-sided). Small tables are said to be too small rather than given a figure.
 *
 * @param exposedWithOutcome exposed administrations with the outcome
 * @param exposedWithout exposed administrations without it
 * @param unexposedWithOutcome unexposed administrations with the outcome
 * @param unexposedWithout unexposed administrations without it
 */
public record Association(int exposedWithOutcome, int exposedWithout, int unexposedWithOutcome, int unexposedWithout) {

    /** Below this many administrations in all, no figure is given. */
    public static final int MINIMUM_TOTAL = 10;

    private static final double Z_95 = 1.959963984540054;

    public Association {
        if (exposedWithOutcome < 0 || exposedWithout < 0 || unexposedWithOutcome < 0 || unexposedWithout < 0) {
            throw new IllegalArgumentException("A count cannot be negative");
        }
    }

    /** What the year's data say about the claim. */
    public enum Verdict {
        /** The exposed have the outcome more often, and the interval (or Fisher's test) excludes chance. */
        SUPPORTED,
        /** The data do not show the association this year. */
        NOT_SHOWN,
        /** Too few administrations, or none on one side, to say anything. */
        TOO_FEW
    }

    public int total() {
        return exposedWithOutcome + exposedWithout + unexposedWithOutcome + unexposedWithout;
    }

    public int exposed() {
        return exposedWithOutcome + exposedWithout;
    }

    public int unexposed() {
        return unexposedWithOutcome + unexposedWithout;
    }

    /** Share of the exposed with the outcome; {@code null} when none is exposed. */
    public Double exposedRate() {
        return exposed() == 0 ? null : (double) exposedWithOutcome / exposed();
    }

    public Double unexposedRate() {
        return unexposed() == 0 ? null : (double) unexposedWithOutcome / unexposed();
    }

    private boolean tooFew() {
        return total() < MINIMUM_TOTAL
                || exposed() == 0
                || unexposed() == 0
                || exposedWithOutcome + unexposedWithOutcome == 0
                || exposedWithout + unexposedWithout == 0;
    }

    /** A cell of zero makes the odds ratio zero or infinite: no ratio is given then. */
    private boolean hasRatio() {
        return !tooFew()
                && exposedWithOutcome > 0
                && exposedWithout > 0
                && unexposedWithOutcome > 0
                && unexposedWithout > 0;
    }

    /** {@code null} when the table is too small or has an empty cell. */
    public Double oddsRatio() {
        return hasRatio()
                ? ((double) exposedWithOutcome * unexposedWithout) / ((double) exposedWithout * unexposedWithOutcome)
                : null;
    }

    public Double lower() {
        return hasRatio() ? Math.exp(Math.log(oddsRatio()) - Z_95 * standardError()) : null;
    }

    public Double upper() {
        return hasRatio() ? Math.exp(Math.log(oddsRatio()) + Z_95 * standardError()) : null;
    }

    private double standardError() {
        return Math.sqrt(
                1.0 / exposedWithOutcome + 1.0 / exposedWithout + 1.0 / unexposedWithOutcome + 1.0 / unexposedWithout);
    }

    /** Fisher's exact test, two-sided; {@code null} when the table is too small. */
    public Double fisherP() {
        if (tooFew()) {
            return null;
        }
        int[][] table = {{exposedWithOutcome, exposedWithout}, {unexposedWithOutcome, unexposedWithout}};
        return FisherExactTest.withDefaults().test(table).getPValue();
    }

    public Verdict verdict() {
        if (tooFew()) {
            return Verdict.TOO_FEW;
        }
        boolean moreOften = exposedRate() > unexposedRate();
        boolean beyondChance = hasRatio() ? lower() > 1 : fisherP() < 0.05;
        return moreOften && beyondChance ? Verdict.SUPPORTED : Verdict.NOT_SHOWN;
    }
}

package org.rocbap.survey.report.entity;

import java.io.Serializable;
import org.apache.commons.statistics.inference.FisherExactTest;

/**
 * Whether an exposure (an in-house workshop held) goes with an outcome (a modernization project
 * initiated, direct effects observed), from a 2x2 table of replies or of administrations: the rates
 * side by side, the odds ratio with its 95 % confidence interval (Woolf's logit method; with a cell of
 * zero, on every count plus one half, the Haldane-Anscombe correction) and Fisher's exact test
 * (two-sided). Tables too small to say anything are said to be so rather than given a figure.
 *
 * @param exposedWithOutcome exposed units with the outcome
 * @param exposedWithout exposed units without it
 * @param unexposedWithOutcome unexposed units with the outcome
 * @param unexposedWithout unexposed units without it
 */
public record Association(int exposedWithOutcome, int exposedWithout, int unexposedWithOutcome, int unexposedWithout)
        implements Serializable {

    /** Below this many units in all, no figure is given. */
    public static final int MINIMUM_TOTAL = 10;

    /** A cell below this count makes the figures fragile: one reply more or less moves them much. */
    public static final int SMALL_CELL = 5;

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
        /** Too few units, or none on one side, to say anything. */
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

    /** Whether a cell is zero, so that the ratio and its interval are taken on every count plus one half. */
    public boolean corrected() {
        return exposedWithOutcome == 0 || exposedWithout == 0 || unexposedWithOutcome == 0 || unexposedWithout == 0;
    }

    /** Whether a cell holds fewer than {@link #SMALL_CELL}: the figures are then to be read with care. */
    public boolean smallCounts() {
        return Math.min(Math.min(exposedWithOutcome, exposedWithout), Math.min(unexposedWithOutcome, unexposedWithout))
                < SMALL_CELL;
    }

    private double cell(int count) {
        return corrected() ? count + 0.5 : count;
    }

    /** {@code null} when the table is too small to say anything. */
    public Double oddsRatio() {
        return tooFew()
                ? null
                : (cell(exposedWithOutcome) * cell(unexposedWithout))
                        / (cell(exposedWithout) * cell(unexposedWithOutcome));
    }

    public Double lower() {
        return tooFew() ? null : Math.exp(Math.log(oddsRatio()) - Z_95 * standardError());
    }

    public Double upper() {
        return tooFew() ? null : Math.exp(Math.log(oddsRatio()) + Z_95 * standardError());
    }

    private double standardError() {
        return Math.sqrt(1 / cell(exposedWithOutcome)
                + 1 / cell(exposedWithout)
                + 1 / cell(unexposedWithOutcome)
                + 1 / cell(unexposedWithout));
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
        // Fisher's test decides when a cell is zero: the corrected interval is only an approximation then.
        boolean beyondChance = corrected() ? fisherP() < 0.05 : lower() > 1;
        return moreOften && beyondChance ? Verdict.SUPPORTED : Verdict.NOT_SHOWN;
    }
}

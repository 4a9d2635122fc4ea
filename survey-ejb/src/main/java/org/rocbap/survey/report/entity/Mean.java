package org.rocbap.survey.report.entity;

import java.io.Serializable;

/**
 * The mean of some counts with its 95 % interval (the normal approximation, mean plus or minus 1.96
 * standard errors, never below 0): from the number of values, their sum and the sum of their squares,
 * so that it is added up in the database and merged across groups.
 */
public record Mean(int n, double sum, double sumOfSquares) implements Serializable {

    private static final double Z_95 = 1.959963984540054;

    public static final Mean NONE = new Mean(0, 0, 0);

    /** {@code null} without a value. */
    public Double value() {
        return n == 0 ? null : sum / n;
    }

    public Double lower() {
        return n == 0 ? null : Math.max(0, sum / n - margin());
    }

    public Double upper() {
        return n == 0 ? null : sum / n + margin();
    }

    private double margin() {
        if (n < 2) {
            return 0;
        }
        double mean = sum / n;
        double variance = Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1));
        return Z_95 * Math.sqrt(variance / n);
    }

    public Mean plus(Mean other) {
        return new Mean(n + other.n, sum + other.sum, sumOfSquares + other.sumOfSquares);
    }
}

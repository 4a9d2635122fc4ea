package org.rocbap.survey.report.entity;

import java.io.Serializable;

/**
 * A share ({@code count} of {@code of}) with its 95 % Wilson score interval, which stays inside 0-1
 * and behaves for small counts and shares near 0 or 1, where the textbook interval does not.
 */
public record Share(int count, int of) implements Serializable {

    private static final double Z_95 = 1.959963984540054;

    public Share {
        if (count < 0 || of < 0 || count > of) {
            throw new IllegalArgumentException("A share counts 0 to " + of + ", not " + count);
        }
    }

    /** {@code null} when there is nothing to share out. */
    public Double rate() {
        return of == 0 ? null : (double) count / of;
    }

    public Double lower() {
        return of == 0 ? null : centre() - margin();
    }

    public Double upper() {
        return of == 0 ? null : centre() + margin();
    }

    private double centre() {
        double p = (double) count / of;
        return (p + Z_95 * Z_95 / (2.0 * of)) / (1 + Z_95 * Z_95 / of);
    }

    private double margin() {
        double p = (double) count / of;
        return Z_95 / (1 + Z_95 * Z_95 / of) * Math.sqrt(p * (1 - p) / of + Z_95 * Z_95 / (4.0 * of * of));
    }

    public Share plus(Share other) {
        return new Share(count + other.count, of + other.of);
    }
}

package org.rocbap.survey.shared.rules;

import java.math.BigDecimal;

/**
 * Numbers typed by people or sent by clients arrive as decimals of any size; a count is stored only
 * when it is a whole number that fits, never wrapped (4294967297 to 1), rounded (1.5 to 1) or
 * flushed to zero (1e400).
 */
public final class WholeNumbers {

    private static final BigDecimal MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private WholeNumbers() {}

    /** The value as an {@code int}, or {@code null} when it has a fraction or lies outside the range. */
    public static Integer toInt(BigDecimal value) {
        // The bounds come first: a scale of a million (1e-1000000) would make the exactness check slow.
        if (value == null || value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }
}

package org.rocbap.survey.shared.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WholeNumbersTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "5000, 5000", "2147483647, 2147483647", "-2147483648, -2147483648", "1.0, 1", "1E+3, 1000"})
    void aWholeNumberInRangeIsKept(String given, int expected) {
        assertThat(WholeNumbers.toInt(new BigDecimal(given))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4294967297", "2147483648", "-2147483649", "1e400", "1.5", "-0.1", "1e-1000000"})
    void anythingElseIsNoNumberRatherThanAWrongOne(String given) {
        assertThat(WholeNumbers.toInt(new BigDecimal(given))).isNull();
    }
}

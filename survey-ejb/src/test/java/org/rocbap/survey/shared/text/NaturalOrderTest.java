package org.rocbap.survey.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void numbersInCodesCompareByValue() {
        List<String> codes = new ArrayList<>(List.of("FY3031-100", "FY3031-10", "FY3031-2", "FY3031-101", "FY3031-1"));
        codes.sort(NaturalOrder.INSTANCE);
        assertThat(codes).containsExactly("FY3031-1", "FY3031-2", "FY3031-10", "FY3031-100", "FY3031-101");
    }

    @Test
    void lettersIgnoreCaseAndShorterPrefixesComeFirst() {
        List<String> codes = new ArrayList<>(List.of("it-mar17b", "IT-MAR17", "AEO-2", "aeo-10"));
        codes.sort(NaturalOrder.INSTANCE);
        assertThat(codes).containsExactly("AEO-2", "aeo-10", "IT-MAR17", "it-mar17b");
    }

    @Test
    void leadingZerosAreTheSameNumberButTheOrderStaysTotal() {
        assertThat(NaturalOrder.INSTANCE.compare("W-07", "W-7")).isNotZero();
        assertThat(Integer.signum(NaturalOrder.INSTANCE.compare("W-07", "W-7")))
                .isEqualTo(-Integer.signum(NaturalOrder.INSTANCE.compare("W-7", "W-07")));
        assertThat(NaturalOrder.INSTANCE.compare("W-07", "W-8")).isNegative();
    }

    @Test
    void numbersLongerThanALongStillCompare() {
        assertThat(NaturalOrder.INSTANCE.compare("X99999999999999999999", "X100000000000000000000"))
                .isNegative();
    }
}

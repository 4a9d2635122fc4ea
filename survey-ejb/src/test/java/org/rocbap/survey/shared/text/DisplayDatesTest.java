package org.rocbap.survey.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DisplayDatesTest {

    private static final LocalDate DAY = LocalDate.of(2031, 7, 16);

    @Test
    void writesDaysTheSameWayInBothLanguages() {
        assertThat(DisplayDates.day(DAY, Locale.ENGLISH)).isEqualTo("16 Jul 2031");
        assertThat(DisplayDates.day(DAY, Locale.FRENCH)).isEqualTo("16 juil. 2031");
        assertThat(DisplayDates.month(DAY, Locale.ENGLISH)).isEqualTo("Jul 2031");
    }

    @Test
    void momentsKeepTheirOffset() {
        OffsetDateTime moment = OffsetDateTime.of(2031, 7, 16, 9, 5, 0, 0, ZoneOffset.ofHours(12));
        assertThat(DisplayDates.moment(moment, Locale.ENGLISH)).isEqualTo("16 Jul 2031 09:05 +12:00");
    }

    @Test
    void onlyDatesAreRewrittenAsArguments() {
        assertThat(DisplayDates.argument(DAY, Locale.ENGLISH)).isEqualTo("16 Jul 2031");
        assertThat(DisplayDates.argument(42, Locale.ENGLISH)).isEqualTo(42);
        assertThat(DisplayDates.day(null, Locale.ENGLISH)).isEmpty();
    }
}

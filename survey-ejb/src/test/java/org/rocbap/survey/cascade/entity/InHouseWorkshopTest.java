package org.rocbap.survey.cascade.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rocbap.survey.workshop.entity.DatePrecision;
import org.rocbap.survey.workshop.entity.FiscalYear;
import org.rocbap.survey.workshop.entity.Workshop;

class InHouseWorkshopTest {

    private static final Workshop REGIONAL = new Workshop(
            "FY1617-01",
            "NII",
            new FiscalYear(2016),
            LocalDate.of(2016, 9, 5),
            LocalDate.of(2016, 9, 9),
            DatePrecision.DAY,
            null,
            false);

    @Test
    void anInHouseWorkshopIsHeldAfterItsRegionalWorkshopWithAPlausibleAudience() {
        LocalDate after = LocalDate.of(2016, 10, 1);

        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new InHouseWorkshop("FJI", REGIONAL, LocalDate.of(2016, 9, 9), "Cascade", 10, null, null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new InHouseWorkshop("FJI", REGIONAL, after, "Cascade", -1, null, null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new InHouseWorkshop("FJI", REGIONAL, after, "", 1, null, null));
        InHouseWorkshop held = new InHouseWorkshop("FJI", REGIONAL, after, "Cascade", 10, null, null);
        assertThatIllegalArgumentException().isThrownBy(() -> held.recount(InHouseWorkshop.MAX_ATTENDEES + 1));
        assertThat(held.getAttendees()).isEqualTo(10);
        assertThat(held.snapshot())
                .containsEntry("regionalWorkshop", "FY1617-01")
                .containsEntry("attendees", 10);
    }
}

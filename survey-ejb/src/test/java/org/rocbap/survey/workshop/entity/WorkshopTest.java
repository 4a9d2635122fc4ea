package org.rocbap.survey.workshop.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkshopTest {

    private static final LocalDate START = LocalDate.of(2017, 8, 7);
    private static final LocalDate END = LocalDate.of(2017, 8, 10);

    @Test
    void aWorkshopGuardsItsInvariantsWhateverTheCallerChecked() {
        Workshop workshop =
                new Workshop("FY1718-01", "NII", new FiscalYear(2017), START, END, DatePrecision.DAY, null, false);

        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        workshop.describe("NII", new FiscalYear(2017), END, START, DatePrecision.DAY, null, false));
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> workshop.describe(" ", new FiscalYear(2017), START, END, DatePrecision.DAY, null, false));
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new Workshop(null, "NII", new FiscalYear(2017), START, END, DatePrecision.DAY, null, false));
        assertThat(workshop.getEndDate()).as("unchanged by the refused calls").isEqualTo(END);
    }
}

package org.rocbap.survey.missionreport.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.rocbap.survey.participation.entity.Participant;
import org.rocbap.survey.workshop.entity.DatePrecision;
import org.rocbap.survey.workshop.entity.FiscalYear;
import org.rocbap.survey.workshop.entity.Workshop;

class MissionReportTest {

    private static final Participant PARTICIPANT = new Participant(
            new Workshop(
                    "FY1617-01",
                    "NII",
                    new FiscalYear(2016),
                    LocalDate.of(2016, 9, 5),
                    LocalDate.of(2016, 9, 9),
                    DatePrecision.DAY,
                    null,
                    false),
            "FJI",
            "Mere",
            "m@x.org");

    @Test
    void reFilingWithADocumentReplacesEveryFieldOfTheOldOneAndVoidsTheAcknowledgement() {
        MissionReport report = new MissionReport(PARTICIPANT);
        report.file(
                LocalDate.of(2016, 10, 1),
                "First",
                new StoredDocument("first.pdf", "application/pdf", new byte[] {1}, "aa"));
        report.acknowledge("mgr.fji", OffsetDateTime.now());

        report.file(
                LocalDate.of(2016, 10, 5),
                "Second",
                new StoredDocument("second.docx", "application/x-docx", new byte[] {2, 3}, "bb"));

        assertThat(report.getDocumentName()).isEqualTo("second.docx");
        assertThat(report.getDocumentType()).isEqualTo("application/x-docx");
        assertThat(report.getDocumentSize()).isEqualTo(2);
        assertThat(report.getDocumentSha256()).isEqualTo("bb");
        assertThat(report.getFiledOn()).isEqualTo(LocalDate.of(2016, 10, 5));
        assertThat(report.getRecommendations()).isEqualTo("Second");
        assertThat(report.isAcknowledged()).isFalse();
    }

    @Test
    void aReportIsAcknowledgedOnceAndFiledNoEarlierThanItsWorkshop() {
        MissionReport report = new MissionReport(PARTICIPANT);
        assertThatIllegalArgumentException().isThrownBy(() -> report.file(LocalDate.of(2016, 9, 4), null, null));
        report.file(LocalDate.of(2016, 10, 1), null, null);
        OffsetDateTime first = OffsetDateTime.now();
        report.acknowledge("mgr.fji", first);

        assertThatIllegalArgumentException().isThrownBy(() -> report.acknowledge("mgr.fji", first.plusDays(1)));
        assertThat(report.getAcknowledgedAt()).isEqualTo(first);
    }
}

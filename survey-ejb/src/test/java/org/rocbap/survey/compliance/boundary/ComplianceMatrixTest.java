package org.rocbap.survey.compliance.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rocbap.survey.compliance.boundary.ComplianceCell.Cascade;
import org.rocbap.survey.compliance.boundary.ComplianceMatrix.Column;
import org.rocbap.survey.missionreport.entity.MissionReportStatus;
import org.rocbap.survey.questionnaire.entity.ReplyStatus;

class ComplianceMatrixTest {

    private static final List<Column> WORKSHOPS =
            List.of(new Column("W-10", "Ten"), new Column("W-2", "Two"), new Column("W-3", "Three"));

    @Test
    void cellsCountReportsRepliesAndCascadesOfOneAdministrationAtOneWorkshop() {
        ComplianceMatrix matrix = ComplianceMatrix.of(
                "2016/17",
                WORKSHOPS,
                List.of(
                        participant("FJI", "W-2", MissionReportStatus.ON_TIME, ReplyStatus.SUBMITTED),
                        participant("FJI", "W-2", MissionReportStatus.LATE, ReplyStatus.DRAFT),
                        participant("FJI", "W-2", MissionReportStatus.MISSING, null),
                        participant("FJI", "W-10", MissionReportStatus.DUE, null),
                        participant("TON", "W-10", MissionReportStatus.ON_TIME, ReplyStatus.SUBMITTED)),
                List.of(
                        new Cascade("FJI", "W-2", LocalDate.of(2017, 3, 1), "Cascade", 12),
                        new Cascade("WSM", "W-3", LocalDate.of(2017, 4, 1), "Samoa's own", 8)),
                Map.of("FJI", "Fiji", "TON", "Tonga"));

        assertThat(matrix.workshops()).extracting(Column::code).containsExactly("W-2", "W-3", "W-10");
        assertThat(matrix.administrations())
                .extracting(ComplianceMatrix.Row::administration)
                .containsExactly("FJI", "TON", "WSM");

        ComplianceMatrix.Row fiji = matrix.administrations().get(0);
        assertThat(fiji.name()).isEqualTo("Fiji");
        ComplianceCell w2 = fiji.cell("W-2").orElseThrow();
        assertThat(List.of(w2.onTime(), w2.late(), w2.missing(), w2.notYetDue()))
                .containsExactly(1, 1, 1, 0);
        assertThat(List.of(w2.submitted(), w2.drafts(), w2.noReply())).containsExactly(1, 1, 1);
        assertThat(w2.inHouseWorkshops()).isEqualTo(1);
        assertThat(w2.counts()).containsExactly(3, 1, 1, 1, 0, 1, 1, 1, 1);
        assertThat(fiji.cell("W-3")).isEmpty();
        assertThat(fiji.participants()).isEqualTo(4);
        assertThat(fiji.submitted()).isEqualTo(1);
        assertThat(fiji.withoutReply()).isEqualTo(3);
        assertThat(fiji.replyRate()).isEqualTo(0.25);
        // The report not yet due is not counted against the administration.
        assertThat(fiji.onTimeRate()).isEqualTo(1.0 / 3);

        ComplianceMatrix.Row samoa = matrix.administrations().get(2);
        assertThat(samoa.name()).as("a code without a name shows as itself").isEqualTo("WSM");
        assertThat(samoa.participants()).isZero();
        assertThat(samoa.replyRate()).isNull();
        assertThat(samoa.onTimeRate()).isNull();
        assertThat(samoa.cell("W-3").orElseThrow().inHouse())
                .extracting(Cascade::title)
                .containsExactly("Samoa's own");
    }

    private static ComplianceRow participant(
            String administration, String workshop, MissionReportStatus report, ReplyStatus reply) {
        return new ComplianceRow(
                1L,
                "Name",
                "name@example.org",
                administration,
                workshop,
                "Title",
                LocalDate.of(2017, 1, 1),
                report,
                report == MissionReportStatus.ON_TIME || report == MissionReportStatus.LATE
                        ? LocalDate.of(2017, 1, 1)
                        : null,
                null,
                null,
                false,
                false,
                false,
                reply,
                LocalDate.of(2017, 6, 1),
                false,
                report != MissionReportStatus.ON_TIME && report != MissionReportStatus.LATE,
                reply != ReplyStatus.SUBMITTED);
    }
}

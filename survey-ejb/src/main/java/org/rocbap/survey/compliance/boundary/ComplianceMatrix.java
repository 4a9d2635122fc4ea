package org.rocbap.survey.compliance.boundary;

import java.io.Serializable;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.rocbap.survey.compliance.boundary.ComplianceCell.Cascade;
import org.rocbap.survey.shared.text.NaturalOrder;

/**
 * A fiscal year's follow-up as a grid: administrations down, the year's regional workshops across,
 * one {@link ComplianceCell} where an administration sent participants.
 *
 * @param workshops the columns, in natural order of their codes (FY1617-2 before FY1617-10)
 * @param administrations the rows, by administration code
 */
public record ComplianceMatrix(String fiscalYear, List<Column> workshops, List<Row> administrations)
        implements Serializable {

    /** A regional workshop of the year. */
    public record Column(String code, String title) implements Serializable {}

    /** One administration across the year's workshops. */
    public record Row(String administration, String name, Map<String, ComplianceCell> cells) implements Serializable {

        public Row {
            cells = Map.copyOf(cells);
        }

        /** The administration's cell for a workshop, empty if it sent nobody. */
        public Optional<ComplianceCell> cell(String workshopCode) {
            return Optional.ofNullable(cells.get(workshopCode));
        }

        public int participants() {
            return sum(c -> c.participants().size());
        }

        public int submitted() {
            return sum(ComplianceCell::submitted);
        }

        public int missingReports() {
            return sum(ComplianceCell::missing);
        }

        /** Participants without a submitted reply. */
        public int withoutReply() {
            return participants() - submitted();
        }

        /** Submitted replies over participants; {@code null} for an administration that sent nobody. */
        public Double replyRate() {
            int participants = participants();
            return participants == 0 ? null : (double) submitted() / participants;
        }

        /**
         * Mission reports filed on time over those that are due (on time, late or missing);
         * {@code null} while none is due.
         */
        public Double onTimeRate() {
            int onTime = sum(ComplianceCell::onTime);
            int due = onTime + sum(ComplianceCell::late) + missingReports();
            return due == 0 ? null : (double) onTime / due;
        }

        private int sum(ToIntFunction<ComplianceCell> count) {
            return cells.values().stream().mapToInt(count).sum();
        }
    }

    public ComplianceMatrix {
        workshops = List.copyOf(workshops);
        administrations = List.copyOf(administrations);
    }

    /**
     * Lays out participants and in-house workshops; an administration appears when it sent
     * participants to one of the workshops or cascaded one.
     *
     * @param names administration names by code; a code without a name is shown as itself
     */
    public static ComplianceMatrix of(
            String fiscalYear,
            List<Column> workshops,
            List<ComplianceRow> participants,
            List<Cascade> inHouse,
            Map<String, String> names) {
        Map<String, Map<String, List<ComplianceRow>>> rows = participants.stream()
                .collect(Collectors.groupingBy(
                        ComplianceRow::administration,
                        TreeMap::new,
                        Collectors.groupingBy(ComplianceRow::workshopCode)));
        Map<String, Map<String, List<Cascade>>> cascades = inHouse.stream()
                .collect(Collectors.groupingBy(
                        Cascade::administration, TreeMap::new, Collectors.groupingBy(Cascade::workshopCode)));
        TreeMap<String, Row> byAdministration = new TreeMap<>();
        for (String administration : union(rows.keySet(), cascades.keySet())) {
            Map<String, List<ComplianceRow>> sent = rows.getOrDefault(administration, Map.of());
            Map<String, List<Cascade>> held = cascades.getOrDefault(administration, Map.of());
            Map<String, ComplianceCell> cells = new LinkedHashMap<>();
            for (Column workshop : workshops) {
                List<ComplianceRow> who = sent.getOrDefault(workshop.code(), List.of());
                List<Cascade> what = held.getOrDefault(workshop.code(), List.of());
                if (!who.isEmpty() || !what.isEmpty()) {
                    cells.put(workshop.code(), new ComplianceCell(administration, workshop.code(), who, what));
                }
            }
            byAdministration.put(
                    administration, new Row(administration, names.getOrDefault(administration, administration), cells));
        }
        List<Column> columns = workshops.stream()
                .sorted(Comparator.comparing(Column::code, NaturalOrder.INSTANCE))
                .toList();
        return new ComplianceMatrix(fiscalYear, columns, List.copyOf(byAdministration.values()));
    }

    private static List<String> union(Set<String> a, Set<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}

package org.rocbap.survey.web.compliance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rocbap.survey.compliance.boundary.ComplianceCell;
import org.rocbap.survey.compliance.boundary.ComplianceMatrix;
import org.rocbap.survey.compliance.boundary.ComplianceService;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.web.shared.PageMessages;
import org.rocbap.survey.web.shared.ViewAddress;
import org.rocbap.survey.workshop.boundary.WorkshopService;

/**
 * Backs {@code compliance/grid.xhtml}: a fiscal year's administrations × workshops, narrowed by the
 * administration's name or by what is still missing, and the records behind the cell the user opens.
 * What the caller may see is the service's decision.
 */
@Named
@ViewScoped
public class ComplianceGridView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which administrations the grid shows. */
    public enum Attention {
        ALL,
        MISSING_REPORTS,
        WITHOUT_REPLY
    }

    @Inject
    private ComplianceService compliance;

    @Inject
    private WorkshopService workshops;

    private String fiscalYear;
    private List<String> fiscalYears = List.of();
    private ComplianceMatrix matrix;
    private String search;
    private Attention attention = Attention.ALL;
    private List<ComplianceMatrix.Row> rows = List.of();
    private ComplianceCell opened;
    private String openedName;
    private String openedTitle;

    /** Opens the year of the {@code fy} parameter, or the latest with participants. */
    public void load() {
        fiscalYears = workshops.fiscalYears();
        if (fiscalYear == null || fiscalYear.isBlank()) {
            fiscalYear = compliance.latestFiscalYear().orElse(fiscalYears.isEmpty() ? null : fiscalYears.get(0));
        }
        show();
    }

    /** Shows the chosen fiscal year. */
    public void show() {
        opened = null;
        if (fiscalYear == null) {
            matrix = null;
            rows = List.of();
            return;
        }
        try {
            matrix = compliance.matrix(fiscalYear);
            fiscalYear = matrix.fiscalYear();
        } catch (WorkflowException e) {
            PageMessages.show(e, "grid");
            matrix = null;
        }
        narrow();
    }

    /** Applies the search and the attention filter. */
    public void narrow() {
        if (matrix == null) {
            rows = List.of();
            return;
        }
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        rows = matrix.administrations().stream()
                .filter(r -> needle.isEmpty()
                        || r.administration().toLowerCase(Locale.ROOT).contains(needle)
                        || r.name().toLowerCase(Locale.ROOT).contains(needle))
                .filter(r -> switch (attention) {
                    case ALL -> true;
                    case MISSING_REPORTS -> r.missingReports() > 0;
                    case WITHOUT_REPLY -> r.withoutReply() > 0;
                })
                .toList();
        ViewAddress.remember(Map.of(
                "fy",
                ViewAddress.year(fiscalYear),
                "q",
                search == null ? "" : search.strip(),
                "attention",
                attention == Attention.ALL ? "" : attention.name()));
    }

    /** The administration's cell for a workshop, {@code null} where it sent nobody and cascaded nothing. */
    public ComplianceCell cell(ComplianceMatrix.Row row, String workshopCode) {
        return row.cell(workshopCode).orElse(null);
    }

    /** The cell's counts in words, for screen readers: the marks on screen are hidden from them. */
    public String describe(String administration, String workshopCode, ComplianceCell cell) {
        List<Object> arguments = new ArrayList<>(List.of(administration, workshopCode));
        arguments.addAll(cell.counts());
        return PageMessages.text("grid.cell", arguments.toArray());
    }

    /** Opens the records behind one cell. */
    public void open(String administration, String workshopCode) {
        if (matrix == null) {
            return;
        }
        matrix.administrations().stream()
                .filter(r -> r.administration().equals(administration))
                .findFirst()
                .ifPresent(r -> {
                    opened = r.cell(workshopCode).orElse(null);
                    openedName = r.name();
                });
        openedTitle = matrix.workshops().stream()
                .filter(w -> w.code().equals(workshopCode))
                .map(ComplianceMatrix.Column::title)
                .findFirst()
                .orElse(workshopCode);
    }

    public String getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(String fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    public List<String> getFiscalYears() {
        return fiscalYears;
    }

    public ComplianceMatrix getMatrix() {
        return matrix;
    }

    public List<ComplianceMatrix.Row> getRows() {
        return rows;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Attention getAttention() {
        return attention;
    }

    public void setAttention(Attention attention) {
        this.attention = attention == null ? Attention.ALL : attention;
    }

    public Attention[] getAttentions() {
        return Attention.values();
    }

    public ComplianceCell getOpened() {
        return opened;
    }

    public String getOpenedName() {
        return openedName;
    }

    public String getOpenedTitle() {
        return openedTitle;
    }
}

package org.rocbap.survey.web.round;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.http.Part;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.rocbap.survey.round.boundary.ImportResult;
import org.rocbap.survey.round.boundary.RoundImportService;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.web.shared.PageMessages;

/**
 * Backs {@code round/import.xhtml}: ROCB A/P staff upload a round document (the JSON of the API) and
 * see what was imported, or every problem with where it is.
 */
@Named
@RequestScoped
public class RoundImportView {

    @Inject
    private RoundImportService imports;

    private Part document;
    private ImportResult result;
    private List<Problem> problems = List.of();

    /** One problem of the uploaded document: where (sheet row, or JSON pointer) and what. */
    public record Problem(String where, String message) {}

    public void importRound() {
        if (document == null || document.getSize() == 0) {
            PageMessages.error("round.chooseFile");
            return;
        }
        JsonObject json;
        RoundSpreadsheet.Converted spreadsheet = null;
        try (InputStream in = new BufferedInputStream(document.getInputStream())) {
            in.mark(4);
            boolean workbook = in.read() == 'P' && in.read() == 'K';
            in.reset();
            if (workbook) {
                try {
                    spreadsheet = RoundSpreadsheet.toDocument(in);
                } catch (IOException | RuntimeException e) {
                    // POI refuses a damaged or encrypted workbook, and one that would inflate more than
                    // a hundredfold (a zip bomb), before it fills the memory.
                    PageMessages.error("round.unreadableWorkbook", document.getSubmittedFileName());
                    return;
                }
                json = spreadsheet.document();
            } else {
                try (JsonReader reader = Json.createReader(in)) {
                    json = reader.readObject();
                }
            }
        } catch (IOException | RuntimeException e) {
            // A file that is neither JSON nor a workbook (POI and JSON-P report that unchecked, too).
            PageMessages.error("round.notJson", document.getSubmittedFileName());
            return;
        }
        try {
            result = imports.importRound(json);
            PageMessages.info("round.imported", json.getString("fiscalYear", ""));
        } catch (WorkflowException e) {
            refuse(e.violations(), spreadsheet);
        } catch (EJBException e) {
            PageMessages.error("error.notSaved");
        }
    }

    private void refuse(List<RuleViolation> violations, RoundSpreadsheet.Converted spreadsheet) {
        problems = violations.stream()
                .map(v -> new Problem(spreadsheet == null ? v.field() : spreadsheet.where(v.field()), v.message()))
                .toList();
        PageMessages.error("round.refused", problems.size());
    }

    public Part getDocument() {
        return document;
    }

    public void setDocument(Part document) {
        this.document = document;
    }

    public ImportResult getResult() {
        return result;
    }

    /** One line of the result table: a kind of record and how many were created and updated. */
    public record ResultRow(String kind, int created, int updated) {}

    public List<ResultRow> getResultRows() {
        if (result == null) {
            return List.of();
        }
        return List.of(
                row("workshops", result.workshops()),
                row("participants", result.participants()),
                row("missionReports", result.missionReports()),
                row("replies", result.replies()),
                row("inHouseWorkshops", result.inHouseWorkshops()),
                row("projects", result.projects()));
    }

    private static ResultRow row(String kind, ImportResult.Counts counts) {
        return new ResultRow(kind, counts.created(), counts.updated());
    }

    public List<Problem> getProblems() {
        return problems;
    }
}

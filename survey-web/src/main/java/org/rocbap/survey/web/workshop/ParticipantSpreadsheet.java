package org.rocbap.survey.web.workshop;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.rocbap.survey.participation.boundary.ParticipantService.ParticipantRow;

/**
 * Reads participants from the first sheet of an Excel workbook: a header row naming the columns
 * {@code administration}, {@code name} and {@code email} (in any order), then one participant a row.
 * Cells are read as text exactly as shown, so a formula is never evaluated into the data.
 */
public final class ParticipantSpreadsheet {

    private static final int MAX_ROWS = 5_000;

    private ParticipantSpreadsheet() {}

    /** The rows, numbered as Excel shows them (the header is row 1). */
    public static List<ParticipantRow> read(InputStream xlsx) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(xlsx)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter text = new DataFormatter(Locale.ROOT);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                return List.of();
            }
            Map<String, Integer> columns = new HashMap<>();
            for (Cell cell : header) {
                columns.put(
                        text.formatCellValue(cell)
                                .strip()
                                .toLowerCase(Locale.ROOT)
                                .replace("-", ""),
                        cell.getColumnIndex());
            }
            List<ParticipantRow> rows = new ArrayList<>();
            for (int i = header.getRowNum() + 1; i <= sheet.getLastRowNum() && rows.size() < MAX_ROWS; i++) {
                Row row = sheet.getRow(i);
                String administration = cell(row, columns.get("administration"), text);
                String name = cell(row, columns.get("name"), text);
                String email = cell(row, columns.get("email"), text);
                if (administration.isEmpty() && name.isEmpty() && email.isEmpty()) {
                    continue;
                }
                rows.add(new ParticipantRow(i + 1, administration.toUpperCase(Locale.ROOT), name, email));
            }
            return rows;
        }
    }

    private static String cell(Row row, Integer column, DataFormatter text) {
        if (row == null || column == null || row.getCell(column) == null) {
            return "";
        }
        Cell cell = row.getCell(column);
        // A formula's text, not its result: imported data must be what was typed.
        return (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                        ? cell.getCellFormula()
                        : text.formatCellValue(cell))
                .strip();
    }
}

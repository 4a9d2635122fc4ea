package org.rocbap.survey.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an {@link ExportTable} as CSV or as an Excel workbook, row by row. Text that a spreadsheet
 * would take for a formula (starting with =, +, -, @, a tab or a carriage return) is written with a
 * leading apostrophe, so that opening an export never runs what someone typed into an answer.
 */
public final class SpreadsheetWriter {

    /** Rows an Excel export keeps in memory; the rest is flushed to a temporary file as it goes. */
    private static final int ROWS_IN_MEMORY = 100;

    private SpreadsheetWriter() {}

    /** The text as a spreadsheet will show it, never as a formula. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }

    public static void csv(ExportTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // A byte-order mark, so that Excel reads the UTF-8 (names, French texts) right.
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            csv.printRecord(
                    table.headings().stream().map(SpreadsheetWriter::neutralise).toList());
            while (table.rows().hasNext()) {
                List<Object> row = table.rows().next();
                csv.printRecord(row.stream().map(SpreadsheetWriter::cell).toList());
            }
        }
    }

    public static void xlsx(ExportTable table, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            Sheet sheet = workbook.createSheet(
                    table.name().length() > 31 ? table.name().substring(0, 31) : table.name());
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.headings().size(); c++) {
                header.createCell(c).setCellValue(neutralise(table.headings().get(c)));
            }
            int r = 1;
            while (table.rows().hasNext()) {
                Row row = sheet.createRow(r++);
                List<Object> values = table.rows().next();
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    Cell cell = row.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value != null) {
                        cell.setCellValue(neutralise(value.toString()));
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static Object cell(Object value) {
        return value instanceof Number || value == null ? value : neutralise(value.toString());
    }
}

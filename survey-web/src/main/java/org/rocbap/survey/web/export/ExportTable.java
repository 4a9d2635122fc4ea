package org.rocbap.survey.web.export;

import java.util.Iterator;
import java.util.List;

/**
 * A table to write as a spreadsheet: its headings and its rows, read as they are written (a table of
 * 100,000 rows is never held whole).
 *
 * @param name the file's name, without extension
 * @param headings the column headings
 * @param rows each row's cells: numbers stay numbers, anything else is written as text
 */
public record ExportTable(String name, List<String> headings, Iterator<List<Object>> rows) {}

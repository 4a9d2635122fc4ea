package org.rocbap.survey.web.round;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The round import as a spreadsheet: one sheet per kind of record, with the columns of the JSON
 * document. {@link #toDocument} turns a filled workbook into that document, and remembers which sheet
 * row each part came from, so that problems can be reported by row. Cells are read as text exactly as
 * shown; a formula is taken as its text, never evaluated.
 */
public final class RoundSpreadsheet {

    static final String WORKSHOPS = "Workshops";
    static final String PARTICIPANTS = "Participants";
    static final String REPLIES = "Replies";
    static final String IN_HOUSE = "InHouseWorkshops";

    private static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put(
                WORKSHOPS, List.of("fiscalYear", "code", "title", "startDate", "endDate", "venue", "accreditation"));
        COLUMNS.put(PARTICIPANTS, List.of("workshop", "administration", "name", "email", "missionReportFiledOn"));
        COLUMNS.put(
                REPLIES,
                List.of(
                        "workshop",
                        "participantEmail",
                        "submittedOn",
                        "sharedMaterials",
                        "colleaguesShared",
                        "submittedReport",
                        "recommendations",
                        "inHouseWorkshop",
                        "manuals",
                        "others",
                        "othersText",
                        "q1bisColleaguesLearned",
                        "q2",
                        "q3",
                        "q3Text",
                        "q4",
                        "q4Text",
                        "q5",
                        "q5Text"));
        COLUMNS.put(IN_HOUSE, List.of("workshop", "participantEmail", "date", "title", "attendees"));
    }

    /** A converted workbook: the document, and for each JSON pointer prefix the sheet row it came from. */
    public record Converted(JsonObject document, Map<String, String> rows) {

        /** "Replies row 4: ..." for a problem at /replies/2/q1/colleaguesShared. */
        public String where(String pointer) {
            String best = null;
            for (String prefix : rows.keySet()) {
                if ((pointer.equals(prefix) || pointer.startsWith(prefix + "/"))
                        && (best == null || prefix.length() > best.length())) {
                    best = prefix;
                }
            }
            return best == null ? pointer : rows.get(best) + " (" + pointer + ")";
        }
    }

    private RoundSpreadsheet() {}

    /** An empty workbook with the four sheets and their header rows. */
    public static void writeTemplate(OutputStream out) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            COLUMNS.forEach((sheet, columns) -> {
                Row header = workbook.createSheet(sheet).createRow(0);
                for (int i = 0; i < columns.size(); i++) {
                    header.createCell(i).setCellValue(columns.get(i));
                }
            });
            workbook.write(out);
        }
    }

    public static Converted toDocument(InputStream xlsx) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(xlsx)) {
            Map<String, String> rows = new HashMap<>();
            List<Map<String, String>> workshops = read(workbook, WORKSHOPS);
            String fiscalYear = workshops.isEmpty() ? null : workshops.get(0).get("fiscalYear");
            Map<String, JsonArrayBuilder> participantsByWorkshop = new LinkedHashMap<>();
            Map<String, Integer> participantCount = new HashMap<>();
            for (Map<String, String> p : read(workbook, PARTICIPANTS)) {
                String workshop = p.get("workshop");
                int index = participantCount.merge(workshop, 1, Integer::sum) - 1;
                rows.put("participant " + workshop + " " + index, PARTICIPANTS + " row " + p.get("#"));
                JsonObjectBuilder participant = Json.createObjectBuilder();
                text(participant, "administration", p.get("administration"));
                text(participant, "name", p.get("name"));
                text(participant, "email", p.get("email"));
                participant.add(
                        "missionReport",
                        blank(p.get("missionReportFiledOn"))
                                ? JsonValue.NULL
                                : Json.createObjectBuilder()
                                        .add("filedOn", p.get("missionReportFiledOn"))
                                        .build());
                participantsByWorkshop
                        .computeIfAbsent(workshop, w -> Json.createArrayBuilder())
                        .add(participant);
            }
            JsonArrayBuilder workshopArray = Json.createArrayBuilder();
            for (int i = 0; i < workshops.size(); i++) {
                Map<String, String> w = workshops.get(i);
                rows.put("/workshops/" + i, WORKSHOPS + " row " + w.get("#"));
                for (int j = 0; j < participantCount.getOrDefault(w.get("code"), 0); j++) {
                    rows.put(
                            "/workshops/" + i + "/participants/" + j,
                            rows.remove("participant " + w.get("code") + " " + j));
                }
                JsonObjectBuilder workshop = Json.createObjectBuilder();
                for (String field : List.of("code", "title", "startDate", "endDate", "venue")) {
                    text(workshop, field, w.get(field));
                }
                workshop.add(
                        "accreditation",
                        "true".equalsIgnoreCase(w.get("accreditation"))
                                || "yes".equalsIgnoreCase(w.get("accreditation")));
                workshop.add(
                        "participants", participantsByWorkshop.getOrDefault(w.get("code"), Json.createArrayBuilder()));
                workshopArray.add(workshop);
            }
            Map<String, JsonArrayBuilder> inHouse = new HashMap<>();
            for (Map<String, String> h : read(workbook, IN_HOUSE)) {
                JsonObjectBuilder entry = Json.createObjectBuilder();
                text(entry, "date", h.get("date"));
                text(entry, "title", h.get("title"));
                number(entry, "attendees", h.get("attendees"));
                inHouse.computeIfAbsent(
                                h.get("workshop") + " " + lower(h.get("participantEmail")),
                                k -> Json.createArrayBuilder())
                        .add(entry);
            }
            JsonArrayBuilder replyArray = Json.createArrayBuilder();
            List<Map<String, String>> replies = read(workbook, REPLIES);
            for (int i = 0; i < replies.size(); i++) {
                Map<String, String> r = replies.get(i);
                rows.put("/replies/" + i, REPLIES + " row " + r.get("#"));
                JsonObjectBuilder q1 = Json.createObjectBuilder();
                for (String tick : List.of(
                        "sharedMaterials",
                        "submittedReport",
                        "recommendations",
                        "inHouseWorkshop",
                        "manuals",
                        "others")) {
                    q1.add(
                            tick,
                            "true".equalsIgnoreCase(r.get(tick))
                                    || "yes".equalsIgnoreCase(r.get(tick))
                                    || "x".equalsIgnoreCase(r.get(tick)));
                }
                number(q1, "colleaguesShared", r.get("colleaguesShared"));
                text(q1, "othersText", r.get("othersText"));
                JsonObjectBuilder reply = Json.createObjectBuilder();
                text(reply, "workshop", r.get("workshop"));
                text(reply, "participantEmail", r.get("participantEmail"));
                text(reply, "submittedOn", r.get("submittedOn"));
                reply.add("q1", q1);
                number(reply, "q1bisColleaguesLearned", r.get("q1bisColleaguesLearned"));
                text(reply, "q2", r.get("q2"));
                for (String q : List.of("q3", "q4", "q5")) {
                    JsonObjectBuilder answer = Json.createObjectBuilder();
                    String value = r.get(q);
                    if (blank(value)) {
                        answer.add("answer", JsonValue.NULL);
                    } else {
                        answer.add("answer", value.strip().toUpperCase(Locale.ROOT));
                    }
                    text(answer, "text", r.get(q + "Text"));
                    reply.add(q, answer);
                }
                reply.add(
                        "inHouseWorkshops",
                        inHouse.getOrDefault(
                                r.get("workshop") + " " + lower(r.get("participantEmail")), Json.createArrayBuilder()));
                replyArray.add(reply);
            }
            JsonObjectBuilder document =
                    Json.createObjectBuilder().add("workshops", workshopArray).add("replies", replyArray);
            text(document, "fiscalYear", fiscalYear);
            rows.values().removeIf(v -> v == null);
            return new Converted(document.build(), rows);
        }
    }

    /** The sheet's rows as column -> text, with "#" the row number Excel shows. */
    private static List<Map<String, String>> read(Workbook workbook, String name) {
        Sheet sheet = workbook.getSheet(name);
        List<Map<String, String>> rows = new ArrayList<>();
        if (sheet == null || sheet.getRow(0) == null) {
            return rows;
        }
        DataFormatter format = new DataFormatter(Locale.ROOT);
        Map<Integer, String> header = new HashMap<>();
        for (Cell cell : sheet.getRow(0)) {
            header.put(cell.getColumnIndex(), format.formatCellValue(cell).strip());
        }
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (row == null) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (Cell cell : row) {
                String column = header.get(cell.getColumnIndex());
                String value = cell.getCellType() == CellType.FORMULA
                        ? "=" + cell.getCellFormula()
                        : format.formatCellValue(cell);
                if (column != null && !value.isBlank()) {
                    values.put(column, value.strip());
                }
            }
            if (!values.isEmpty()) {
                values.put("#", String.valueOf(i + 1));
                rows.add(values);
            }
        }
        return rows;
    }

    private static void text(JsonObjectBuilder b, String field, String value) {
        if (!blank(value)) {
            b.add(field, value);
        }
    }

    /** A number as a number; anything else as text, so that the reader says what is wrong and where. */
    private static void number(JsonObjectBuilder b, String field, String value) {
        if (blank(value)) {
            return;
        }
        try {
            b.add(field, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            b.add(field, value);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}

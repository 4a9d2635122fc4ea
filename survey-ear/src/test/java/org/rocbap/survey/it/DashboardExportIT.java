package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rocbap.survey.stack.SeedRound;
import org.rocbap.survey.stack.SurveyStack;

/**
 * The dashboard's exports, read back as a user's spreadsheet program would: Excel through Apache POI,
 * CSV through Apache Commons CSV. They hold the report's numbers, every reply, and text that would
 * be a formula comes out as text.
 */
@ExtendWith(StackExtension.class)
class DashboardExportIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theExportsHoldTheTablesFiguresAndEveryReply(SurveyStack stack) throws Exception {
        ApiClient.as(stack, DemoUser.ROCB_STAFF)
                .post("rounds/import", SeedRound.document().toString());
        String token = ApiClient.token(stack, DemoUser.ROCB_HEAD);

        List<String> excelTotal = lastRow(xlsx(stack, token, "table1", "2016-17"));
        List<CSVRecord> table345 = csv(stack, token, "table345", "2016-17");
        List<CSVRecord> replies = csv(stack, token, "replies", "2016-17");
        Sheet repliesSheet = xlsx(stack, token, "replies", "2016-17");

        assertThat(excelTotal).containsExactly("Total", "", "261", "148");
        assertThat(table345.get(table345.size() - 1).toList())
                .containsExactly("Total", "", "96", "52", "142", "5", "96", "53");
        assertThat(replies).hasSize(1 + 149);
        List<CSVRecord> reach = csv(stack, token, "reach-workshops", "2016-17");
        assertThat(reach).hasSize(1 + 13);
        assertThat(reach.get(4).get(0)).isEqualTo("FY1617-04");
        assertThat(reach.get(4).get(1)).isEqualTo(String.valueOf(SeedRound.PARTICIPATING[3]));
        assertThat(csv(stack, token, "claims", "2016-17")).hasSize(1 + 2);
        assertThat(repliesSheet.getLastRowNum()).isEqualTo(149);

        // Every flagged record, not only the page's examples: the report's four workshops dated 2016
        // for 2017, and workshop (10)'s administration with two replies.
        List<CSVRecord> warnings = csv(stack, token, "warnings", "2016-17");
        assertThat(warnings.get(0).toList()).containsExactly("Check", "Record");
        assertThat(warnings.stream()
                        .filter(r -> r.get(0).startsWith("4 workshops are dated outside"))
                        .map(r -> r.get(1).substring(0, 9)))
                .containsExactly("FY1617-10", "FY1617-11", "FY1617-12", "FY1617-13");
        assertThat(warnings.stream().filter(r -> r.get(0).startsWith("One administration sent several replies")))
                .singleElement()
                .satisfies(r -> assertThat(r.get(1)).contains("in FY1617-10: 2"));
        // The compliance grid, a row per administration and workshop: 261 participations in FY2016/17.
        List<CSVRecord> grid = csv(stack, token, "grid", "2016-17");
        assertThat(grid).hasSize(1 + 261);
        assertThat(grid.get(0).get(2)).isEqualTo("Workshop");
        List<CSVRecord> trend = csv(stack, token, "trend", null);
        assertThat(trend.get(0).toList()).contains("Colleagues reached per participant");
    }

    @Test
    void textThatWouldBeAFormulaIsExportedAsText(SurveyStack stack) throws Exception {
        String round = """
                {"fiscalYear": "2013/14",
                 "workshops": [{"code": "IT-FORMULA-1314", "title": "=HYPERLINK(\\"http://evil.example\\",\\"Click\\")",
                   "startDate": "2013-09-02", "endDate": "2013-09-06",
                   "participants": [{"administration": "FJI", "name": "@SUM(1+1)", "email": "f@formula.example"}]}],
                 "replies": [{"workshop": "IT-FORMULA-1314", "participantEmail": "f@formula.example",
                   "submittedOn": "2014-03-01", "q2": "-2+3 lessons", "q3": {"answer": "YES", "text": "+cmd|' /C calc'!A0"}}]}""";
        assertThat(ApiClient.as(stack, DemoUser.ROCB_STAFF)
                        .post("rounds/import", round)
                        .statusCode())
                .isEqualTo(200);
        String token = ApiClient.token(stack, DemoUser.ROCB_HEAD);

        Sheet table1 = xlsx(stack, token, "table1", "2013-14");
        List<CSVRecord> replies = csv(stack, token, "replies", "2013-14");

        assertThat(table1.getRow(1).getCell(1).getStringCellValue()).startsWith("'=HYPERLINK");
        assertThat(table1.getRow(1).getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        CSVRecord reply = replies.get(1);
        assertThat(reply.get(2)).isEqualTo("'@SUM(1+1)");
        assertThat(reply.toList()).contains("'-2+3 lessons", "'+cmd|' /C calc'!A0");
    }

    @Test
    void anUnknownTableOrYearIsABadRequestAndOthersAreRefused(SurveyStack stack) throws Exception {
        String head = ApiClient.token(stack, DemoUser.ROCB_HEAD);
        String focalPoint = ApiClient.token(stack, DemoUser.FOCAL_POINT_FJI);

        assertThat(get(stack, head, "table=nothing&fy=2016-17&format=csv").statusCode())
                .isEqualTo(400);
        assertThat(get(stack, head, "table=table1&fy=2016-19&format=csv").statusCode())
                .isEqualTo(400);
        assertThat(get(stack, focalPoint, "table=table1&fy=2016-17&format=csv").statusCode())
                .isEqualTo(403);
    }

    private HttpResponse<byte[]> get(SurveyStack stack, String token, String query) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(stack.settings().applicationUrl() + "dashboard/export?" + query))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private Sheet xlsx(SurveyStack stack, String token, String table, String year) throws Exception {
        HttpResponse<byte[]> response = get(stack, token, "table=" + table + "&fy=" + year + "&format=xlsx");
        assertThat(response.statusCode()).isEqualTo(200);
        return new XSSFWorkbook(new ByteArrayInputStream(response.body())).getSheetAt(0);
    }

    private List<CSVRecord> csv(SurveyStack stack, String token, String table, String year) throws Exception {
        HttpResponse<byte[]> response = get(stack, token, "table=" + table + "&fy=" + year + "&format=csv");
        assertThat(response.statusCode()).isEqualTo(200);
        String text = new String(response.body(), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        return CSVFormat.RFC4180
                .parse(new InputStreamReader(
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
                .getRecords();
    }

    private static List<String> lastRow(Sheet sheet) {
        Row row = sheet.getRow(sheet.getLastRowNum());
        DataFormatter format = new DataFormatter();
        List<String> cells = new java.util.ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
        }
        return cells;
    }
}

package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
        // Per reply and per administration; the per-reply counts as made by hand from the seed's replies.
        List<CSVRecord> claims = csv(stack, token, "claims", "2016-17");
        assertThat(claims).hasSize(1 + 4);
        int[] q5 = SeedCounts.inHouseAgainst("q5");
        assertThat(claims.get(1).toList().subList(1, 6))
                .containsExactly(
                        "replies",
                        String.valueOf(q5[0]),
                        String.valueOf(q5[0] + q5[1]),
                        String.valueOf(q5[2]),
                        String.valueOf(q5[2] + q5[3]));
        assertThat(repliesSheet.getLastRowNum()).isEqualTo(149);

        // Every flagged record, not only the page's examples: the report's four workshops dated 2016
        // for 2017, and workshop (10)'s administration with two replies.
        List<CSVRecord> warnings = csv(stack, token, "warnings", "2016-17");
        assertThat(warnings.get(0).toList()).containsExactly("Check", "Record");
        assertThat(warnings)
                .as("a round run before the product gave no due dates: none of its replies is late")
                .noneSatisfy(r -> assertThat(r.get(0)).contains("after the due date"));
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

    /**
     * The year's workshops ranked by the cautious end of their direct-effects share: each row's counts
     * as made by hand from the seed's replies, its Wilson interval as computed here from them.
     */
    @Test
    void workshopImpactIsRankedWithTheIntervalsOfItsReplies(SurveyStack stack) throws Exception {
        ApiClient.as(stack, DemoUser.ROCB_STAFF)
                .post("rounds/import", SeedRound.document().toString());
        String token = ApiClient.token(stack, DemoUser.ROCB_HEAD);
        jakarta.json.JsonObject seed = SeedRound.document();

        List<CSVRecord> impact = csv(stack, token, "impact", "2016-17");

        List<jakarta.json.JsonObject> workshops =
                seed.getJsonArray("workshops").getValuesAs(jakarta.json.JsonObject.class);
        List<jakarta.json.JsonObject> replies = seed.getJsonArray("replies").getValuesAs(jakarta.json.JsonObject.class);
        assertThat(impact).hasSize(1 + workshops.size());
        double previous = Double.MAX_VALUE;
        for (CSVRecord row : impact.subList(1, impact.size())) {
            String code = row.get(1);
            int sent = workshops.stream()
                    .filter(w -> w.getString("code").equals(code))
                    .findFirst()
                    .orElseThrow()
                    .getJsonArray("participants")
                    .size();
            List<jakarta.json.JsonObject> its = replies.stream()
                    .filter(r -> r.getString("workshop").equals(code))
                    .toList();
            long answered = its.stream()
                    .filter(r -> !r.getJsonObject("q3").isNull("answer"))
                    .count();
            long yes = its.stream()
                    .filter(r -> !r.getJsonObject("q3").isNull("answer"))
                    .filter(r -> r.getJsonObject("q3").getString("answer").equals("YES"))
                    .count();
            assertThat(row.toList().subList(4, 6))
                    .as(code)
                    .containsExactly(String.valueOf(its.size()), String.valueOf(sent));
            assertThat(row.toList().subList(9, 11))
                    .as(code)
                    .containsExactly(String.valueOf(yes), String.valueOf(answered));
            double[] wilson = wilson(yes, answered);
            assertThat(Double.parseDouble(row.get(12))).as(code + " lower").isCloseTo(wilson[0], within(1e-6));
            assertThat(Double.parseDouble(row.get(13))).as(code + " upper").isCloseTo(wilson[1], within(1e-6));
            if (!row.get(0).isEmpty()) {
                assertThat(wilson[0]).as("ranked by the lower end, " + code).isLessThanOrEqualTo(previous);
                previous = wilson[0];
            }
        }
        assertThat(csv(stack, token, "impact-series", "2016-17").size()).isGreaterThan(1);
    }

    private static double[] wilson(long yes, long of) {
        double z = 1.959963984540054;
        double p = (double) yes / of;
        double centre = (p + z * z / (2 * of)) / (1 + z * z / of);
        double margin = z / (1 + z * z / of) * Math.sqrt(p * (1 - p) / of + z * z / (4.0 * of * of));
        return new double[] {centre - margin, centre + margin};
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

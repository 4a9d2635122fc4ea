package org.rocbap.survey.bench;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.rocbap.survey.it.ApiClient;
import org.rocbap.survey.it.DemoUser;
import org.rocbap.survey.stack.StackSettings;
import org.rocbap.survey.stack.SurveyStack;

/**
 * The report target on a stack of its own: a fiscal year of 150 workshops and 5,000 replies with 200
 * approved examples (quoted from Fiji's and Samoa's answers, approved by their focal points), then
 * the Good Practice Report generated as PDF and DOCX several times. Prints the figures for
 * docs/performance.md; asserts nothing.
 */
public final class ReportBenchmark {

    private static final int GENERATIONS = 5;
    private static final int EXAMPLES = 200;
    private static final BenchmarkRound ROUND = BenchmarkRound.ofReplies(2021, 1, 150, 5_000);
    private static final String REPORT = "rounds/2021-22/report/";

    private ReportBenchmark() {}

    public static void main(String[] args) throws Exception {
        StackSettings settings = StackSettings.forTests();
        BenchmarkApi.deleteRecursively(settings.dataDir());
        try (SurveyStack stack = SurveyStack.start(settings, line -> System.out.println("[bench] " + line))) {
            new BenchmarkApi(settings).importRound(ROUND.document(), "report benchmark round " + ROUND);
            ApiClient staff = ApiClient.as(stack, DemoUser.ROCB_STAFF);
            int quoted = 0;
            for (DemoUser focalPoint : List.of(DemoUser.FOCAL_POINT_FJI, DemoUser.FOCAL_POINT_WSM)) {
                ApiClient consenting = ApiClient.as(stack, focalPoint);
                List<JsonObject> answers = ApiClient.json(staff.get(REPORT + "candidates?question=Q2_LESSONS&limit="
                                        + EXAMPLES / 2 + "&administration=" + focalPoint.administration)
                                .body())
                        .asJsonArray()
                        .getValuesAs(JsonObject.class);
                for (JsonObject answer : answers) {
                    JsonObject example = ApiClient.object(staff.post(
                            REPORT + "examples",
                            "{\"replyId\": %d, \"question\": \"Q2_LESSONS\"}".formatted(answer.getInt("replyId"))));
                    quoted++;
                    for (JsonObject request : ApiClient.json(
                                    consenting.get("consents").body())
                            .asJsonArray()
                            .getValuesAs(JsonObject.class)) {
                        if (request.getInt("exampleId") == example.getInt("id")) {
                            consenting.put(
                                    "consents/" + request.getInt("id"),
                                    "{\"exampleVersion\": %d, \"approve\": true}"
                                            .formatted(request.getInt("exampleVersion")));
                        }
                    }
                }
            }
            System.out.printf("[bench] %d examples quoted and approved%n", quoted);
            long[] millis = new long[GENERATIONS];
            int pdfBytes = 0;
            for (int i = -1; i < GENERATIONS; i++) {
                long start = System.nanoTime();
                HttpResponse<String> generated = staff.post(REPORT + "editions", "");
                if (generated.statusCode() != 201) {
                    throw new IllegalStateException(
                            "generation answered " + generated.statusCode() + ": " + generated.body());
                }
                if (i >= 0) {
                    millis[i] = (System.nanoTime() - start) / 1_000_000;
                    pdfBytes = staff.getBytes(REPORT + "editions/"
                                    + ApiClient.object(generated).getInt("edition") + "/report.pdf")
                            .body()
                            .length;
                }
            }
            Arrays.sort(millis);
            System.out.printf(
                    "[bench] report of %d workshops / %d replies / %d examples, PDF and DOCX, %d generations after"
                            + " one warm-up: p50 %.1f s, max %.1f s; PDF %d KB%n",
                    ROUND.workshops(),
                    ROUND.replies(),
                    quoted,
                    GENERATIONS,
                    millis[GENERATIONS / 2] / 1000.0,
                    millis[GENERATIONS - 1] / 1000.0,
                    pdfBytes / 1024);
        }
    }
}

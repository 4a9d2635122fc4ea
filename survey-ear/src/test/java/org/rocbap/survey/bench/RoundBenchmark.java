package org.rocbap.survey.bench;

import java.net.http.HttpResponse;
import java.util.Arrays;
import org.rocbap.survey.stack.StackSettings;
import org.rocbap.survey.stack.SurveyStack;

/**
 * The round import and summary targets, measured on the real stack ({@code ./mvnw -Pbenchmark}): import
 * a fiscal year of 300 workshops and 5,084 replies, import it again, then ask for its summary 200
 * times. Prints the figures for docs/performance.md. A measurement, not a test: it asserts nothing.
 */
public final class RoundBenchmark {

    private static final int SUMMARY_CALLS = 200;

    // The largest round the ROCB A/P could run, in the proportions of the seed's FY2016/17 round.
    private static final BenchmarkRound ROUND = new BenchmarkRound(2019, 1, 300, 7_269, 5_852, 5_084, 3_113, 2_865);

    private RoundBenchmark() {}

    public static void main(String[] args) throws Exception {
        StackSettings settings = StackSettings.forTests();
        BenchmarkApi.deleteRecursively(settings.dataDir());
        try (SurveyStack stack = SurveyStack.start(settings, line -> System.out.println("[bench] " + line))) {
            BenchmarkApi api = new BenchmarkApi(settings);
            String round = ROUND.document();
            System.out.printf("[bench] round document: %s, %.1f MB%n", ROUND, round.length() / 1024.0 / 1024.0);

            double importSeconds = api.importRound(round, "import");
            double reimportSeconds = api.importRound(round, "re-import of the unchanged document");
            System.out.printf("[bench] import %.1f s, re-import %.1f s%n", importSeconds, reimportSeconds);

            long[] micros = new long[SUMMARY_CALLS];
            for (int i = -20; i < SUMMARY_CALLS; i++) {
                long t = System.nanoTime();
                HttpResponse<String> summary = api.get("rounds/2019-20/summary");
                if (summary.statusCode() != 200) {
                    throw new IllegalStateException("summary answered " + summary.statusCode() + ": " + summary.body());
                }
                if (i >= 0) {
                    micros[i] = (System.nanoTime() - t) / 1000;
                }
            }
            Arrays.sort(micros);
            System.out.printf(
                    "[bench] summary of %d workshops / %d replies, %d calls after 20 warm-up calls:"
                            + " p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    ROUND.workshops(),
                    ROUND.replies(),
                    SUMMARY_CALLS,
                    micros[SUMMARY_CALLS / 2] / 1000.0,
                    micros[(int) (SUMMARY_CALLS * 0.95)] / 1000.0,
                    micros[SUMMARY_CALLS - 1] / 1000.0);
        }
    }
}

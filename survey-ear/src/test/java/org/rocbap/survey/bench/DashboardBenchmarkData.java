package org.rocbap.survey.bench;

import org.rocbap.survey.stack.StackSettings;
import org.rocbap.survey.stack.SurveyStack;

/**
 * Starts the real stack on the test ports with empty data and imports ten fiscal years (FY2010/11 to
 * FY2019/20) of 150 workshops and 5,000 replies each, then leaves the stack running for the load
 * test ({@code DashboardSimulation}) and the export benchmark; it stops when Maven ends.
 */
public final class DashboardBenchmarkData {

    static final int YEARS = 10;
    static final int FIRST_YEAR = 2010;
    static final int WORKSHOPS = 150;
    static final int REPLIES = 5_000;

    private DashboardBenchmarkData() {}

    public static void main(String[] args) throws Exception {
        StackSettings settings = StackSettings.forTests();
        BenchmarkApi.deleteRecursively(settings.dataDir());
        // Not closed here: the stack's shutdown hook stops it when the Maven build that started it ends.
        SurveyStack.start(settings, line -> System.out.println("[bench] " + line));
        BenchmarkApi api = new BenchmarkApi(settings);
        double total = 0;
        for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
            BenchmarkRound round = BenchmarkRound.ofReplies(year, 1, WORKSHOPS, REPLIES);
            total += api.importRound(round.document(), "FY" + round.fiscalYear() + " (" + round + ")");
        }
        System.out.printf(
                "[bench] %d fiscal years of %d workshops and %d replies imported in %.0f s; the stack stays up at %s%n",
                YEARS, WORKSHOPS, REPLIES, total, settings.applicationUrl());
    }
}

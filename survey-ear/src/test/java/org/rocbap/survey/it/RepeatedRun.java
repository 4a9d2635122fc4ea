package org.rocbap.survey.it;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Arrays;
import java.util.List;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.rocbap.survey.stack.SurveyStack;

/**
 * Runs integration test classes again and again on one stack, to show that they pass every time and
 * not only once ({@code ./mvnw -Prepeat -Drepeat.classes=ComplianceGridIT,LanguageIT -Drepeat.times=10},
 * see docs/development.md). Each round runs every class named, in that order; the run prints each
 * class's result per round and fails if any test failed once.
 */
public final class RepeatedRun {

    private RepeatedRun() {}

    public static void main(String[] args) {
        String names = System.getProperty("repeat.classes", "");
        List<String> classes = Arrays.stream(names.split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .map(name -> name.contains(".") ? name : RepeatedRun.class.getPackageName() + "." + name)
                .toList();
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("Name the test classes: -Drepeat.classes=ComplianceGridIT,LanguageIT");
        }
        int times = Integer.getInteger("repeat.times", 10);
        long passed = 0;
        long failed = 0;
        SurveyStack stack = StackExtension.startShared();
        try {
            Launcher launcher = LauncherFactory.create();
            for (int round = 1; round <= times; round++) {
                for (String name : classes) {
                    SummaryGeneratingListener listener = new SummaryGeneratingListener();
                    long start = System.nanoTime();
                    launcher.execute(
                            LauncherDiscoveryRequestBuilder.request()
                                    .selectors(selectClass(name))
                                    .build(),
                            listener);
                    TestExecutionSummary summary = listener.getSummary();
                    if (summary.getTestsFoundCount() == 0) {
                        throw new IllegalArgumentException("No test found in " + name);
                    }
                    passed += summary.getTestsSucceededCount();
                    failed += summary.getTotalFailureCount();
                    System.out.printf(
                            "[repeat] round %d/%d %s: %d passed, %d failed, %.1f s%n",
                            round,
                            times,
                            name.substring(name.lastIndexOf('.') + 1),
                            summary.getTestsSucceededCount(),
                            summary.getTotalFailureCount(),
                            (System.nanoTime() - start) / 1e9);
                    for (TestExecutionSummary.Failure failure : summary.getFailures()) {
                        System.out.println("[repeat]   "
                                + failure.getTestIdentifier().getDisplayName() + ": " + failure.getException());
                    }
                }
            }
        } finally {
            stack.close();
        }
        System.out.println(passed + " passed, " + failed + " failed");
        if (failed > 0) {
            throw new AssertionError(failed + " test runs failed; see the [repeat] lines above");
        }
    }
}

package org.rocbap.survey.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.rocbap.survey.it.Browser;
import org.rocbap.survey.it.pages.ComplianceGridPage;
import org.rocbap.survey.it.pages.DashboardPage;
import org.rocbap.survey.it.pages.KeycloakLoginPage;
import org.rocbap.survey.stack.DemoData;
import org.rocbap.survey.stack.StackSettings;
import org.rocbap.survey.stack.SurveyStack;

/**
 * The memory the run command holds ({@code ./mvnw -Pmemory}, docs/performance.md). The whole system
 * starts as {@code ./mvnw -Prun} starts it: this Maven JVM, which holds the launcher, and its children
 * PostgreSQL, Keycloak, the mail server and WildFly, with the demo data loaded. It is measured idle;
 * then the head's dashboard is used in a browser and a round is imported, and it is measured idle
 * again. Prints each part's resident memory (RSS, what the target counts) and its proportional
 * share (PSS, which counts pages that processes share once), and the totals. A measurement: it
 * asserts nothing.
 */
public final class StackMemory {

    /** Long enough for the JVMs' periodic collections to give back what the last work used. */
    private static final long IDLE_MILLIS = 60_000;

    private static final String HEAD = "rocb.head";

    /** {@code -Dsurvey.memory.nodes=2}: the cluster that {@code ./mvnw -Pcluster} starts. */
    private static final int NODES = Integer.getInteger("survey.memory.nodes", 1);

    private static final Pattern NODE = Pattern.compile("-Djboss\\.node\\.name=(\\S+)");

    private StackMemory() {}

    public static void main(String[] args) throws Exception {
        StackSettings settings = StackSettings.forRun().withNodes(NODES);
        BenchmarkApi.deleteRecursively(settings.dataDir());
        try (SurveyStack stack = SurveyStack.start(settings, line -> System.out.println("[memory] " + line))) {
            new DemoData(stack, line -> System.out.println("[memory] " + line)).load();
            Thread.sleep(IDLE_MILLIS);
            report("demo loaded, idle", settings);

            String app = settings.applicationUrl();
            try (Browser browser = new Browser()) {
                browser.open(app);
                KeycloakLoginPage.expect(browser).signIn(HEAD, "demo");
                DashboardPage.open(browser, app).choose("2016/17");
                new BenchmarkApi(settings)
                        .importRound(BenchmarkRound.ofReplies(2017, 1, 25, 500).document(), "round import");
                DashboardPage.open(browser, app).choose("2017/18");
                ComplianceGridPage.open(browser, app, "2017-18");
            }
            Thread.sleep(IDLE_MILLIS);
            report("after the dashboard and a round import, idle", settings);
        }
    }

    private static void report(String when, StackSettings settings) throws IOException {
        Map<String, long[]> parts = new LinkedHashMap<>();
        ProcessHandle self = ProcessHandle.current();
        // PostgreSQL's server leaves the process tree as it starts (pg_ctl): found by its data folder.
        String database = settings.dataDir().resolve("postgres").toString();
        List<ProcessHandle> postgres = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(database))
                .flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))
                .toList();
        for (ProcessHandle process : Stream.concat(
                        Stream.concat(Stream.of(self), self.descendants()), postgres.stream())
                .distinct()
                .toList()) {
            String command = process.info().commandLine().orElse("");
            // The measuring browser is not part of the system.
            if (command.contains("chrom")) {
                continue;
            }
            long[] kib = parts.computeIfAbsent(part(process, self, command), k -> new long[2]);
            kib[0] += kilobytes(process, "status", "VmRSS:");
            kib[1] += kilobytes(process, "smaps_rollup", "Pss:");
        }
        long rss = 0;
        long pss = 0;
        System.out.printf("[memory] %s%n[memory]   %-26s %9s %9s%n", when, "part", "RSS MiB", "PSS MiB");
        for (Map.Entry<String, long[]> part : parts.entrySet()) {
            System.out.printf(
                    "[memory]   %-26s %9.0f %9.0f%n",
                    part.getKey(), part.getValue()[0] / 1024.0, part.getValue()[1] / 1024.0);
            rss += part.getValue()[0];
            pss += part.getValue()[1];
        }
        System.out.printf(
                "[memory]   %-26s %9.0f %9.0f   (%.2f GiB RSS)%n",
                "total", rss / 1024.0, pss / 1024.0, rss / 1048576.0);
    }

    private static String part(ProcessHandle process, ProcessHandle self, String command) {
        if (process.equals(self)) {
            return "Maven with the launcher";
        } else if (command.contains("-D[Standalone]")) {
            Matcher node = NODE.matcher(command);
            return NODES > 1 && node.find() ? "WildFly " + node.group(1) : "WildFly";
        } else if (command.contains("keycloak") || command.contains("quarkus")) {
            return "Keycloak";
        } else if (command.contains("greenmail")) {
            return "mail server (GreenMail)";
        } else if (command.contains("postgres")) {
            return "PostgreSQL (all processes)";
        } else if (command.contains("bash ")) {
            return "start scripts (bash)";
        }
        return process.info().command().orElse("other");
    }

    /** A figure of /proc/PID/FILE in kB; 0 for a process that ended meanwhile. */
    private static long kilobytes(ProcessHandle process, String file, String field) throws IOException {
        Path path = Path.of("/proc", Long.toString(process.pid()), file);
        if (!Files.isReadable(path)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(path)) {
            return lines.filter(line -> line.startsWith(field))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst()
                    .orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }
}

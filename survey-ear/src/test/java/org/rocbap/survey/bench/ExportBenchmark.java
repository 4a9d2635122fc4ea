package org.rocbap.survey.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.rocbap.survey.stack.StackSettings;

/**
 * The export target on the stack {@link DashboardBenchmarkData} left running: imports a fiscal year of
 * 100,000 replies (FY2008/09, ten documents of 15 workshops and 10,000 replies), then downloads the
 * replies export as CSV and as Excel, counts every row of both files, and samples the server's heap
 * with {@code jcmd} while it writes them. Prints the figures for docs/performance.md.
 */
public final class ExportBenchmark {

    private static final int CHUNKS = 10;
    private static final int REPLIES_PER_CHUNK = 10_000;
    private static final int WORKSHOPS_PER_CHUNK = 15;
    private static final Pattern USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private ExportBenchmark() {}

    public static void main(String[] args) throws Exception {
        StackSettings settings = StackSettings.forTests();
        BenchmarkApi api = new BenchmarkApi(settings);
        for (int chunk = 0; chunk < CHUNKS; chunk++) {
            BenchmarkRound round = BenchmarkRound.ofReplies(
                    2008, 1 + chunk * WORKSHOPS_PER_CHUNK, WORKSHOPS_PER_CHUNK, REPLIES_PER_CHUNK);
            api.importRound(round.document(), "FY2008/09 part " + (chunk + 1) + " of " + CHUNKS);
        }
        long server = wildFlyPid(settings);
        System.out.println("[bench] WildFly (pid " + server + ") runs with " + maxHeap(server));
        for (String format : new String[] {"csv", "xlsx"}) {
            Path file = Files.createTempFile("replies-", "." + format);
            HeapSampler heap = HeapSampler.start(server);
            long start = System.nanoTime();
            HttpResponse<Path> response = api.http()
                    .send(
                            HttpRequest.newBuilder(URI.create(settings.applicationUrl()
                                            + "dashboard/export?table=replies&fy=2008-09&format=" + format))
                                    .header("Authorization", "Bearer " + api.token())
                                    .build(),
                            HttpResponse.BodyHandlers.ofFile(file));
            double seconds = (System.nanoTime() - start) / 1e9;
            long peakMb = heap.stop() / 1024;
            long rows = "csv".equals(format) ? csvRecords(file) : sheetRows(file);
            System.out.printf(
                    "[bench] export of FY2008/09's replies as %s: HTTP %d in %.1f s, %.1f MB, %d rows"
                            + " (header + %d replies); server heap used at most %d MB while writing it%n",
                    format, response.statusCode(), seconds, Files.size(file) / 1024.0 / 1024.0, rows, rows - 1, peakMb);
            Files.delete(file);
        }
    }

    private static long csvRecords(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            long records = 0;
            for (var ignored : parser) {
                records++;
            }
            return records;
        }
    }

    /** Counts the rows of the workbook's first sheet by streaming its XML, without loading the workbook. */
    private static long sheetRows(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            if (sheet == null) {
                throw new IllegalStateException("The workbook has no first sheet");
            }
            try (InputStream in = zip.getInputStream(sheet)) {
                return count(in, "<row ");
            }
        }
    }

    private static long count(InputStream in, String needle) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        char[] buffer = new char[1 << 16];
        StringBuilder carry = new StringBuilder();
        long found = 0;
        for (int read = reader.read(buffer); read > 0; read = reader.read(buffer)) {
            carry.append(buffer, 0, read);
            int at = 0;
            for (int i = carry.indexOf(needle); i >= 0; i = carry.indexOf(needle, i + needle.length())) {
                found++;
                at = i + needle.length();
            }
            carry.delete(0, Math.max(at, carry.length() - needle.length()));
        }
        return found;
    }

    private static long wildFlyPid(StackSettings settings) {
        String serverDir = settings.serverDir().toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .commandLine()
                        .map(c -> c.contains("jboss-modules.jar") && c.contains(serverDir))
                        .orElse(false))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No WildFly runs from " + serverDir))
                .pid();
    }

    private static String maxHeap(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().arguments()).stream()
                .flatMap(java.util.Arrays::stream)
                .filter(a -> a.startsWith("-Xmx"))
                .findFirst()
                .orElse("the JVM's default maximum heap");
    }

    /** The server's used heap, read every 200 ms with {@code jcmd GC.heap_info}; keeps the highest. */
    private static final class HeapSampler {

        private final AtomicLong peakKb = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        private HeapSampler(long pid) {
            thread = new Thread(
                    () -> {
                        while (running.get()) {
                            peakKb.accumulateAndGet(usedKb(pid), Math::max);
                            try {
                                Thread.sleep(200);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "heap-sampler");
        }

        static HeapSampler start(long pid) {
            HeapSampler sampler = new HeapSampler(pid);
            sampler.thread.start();
            return sampler;
        }

        long stop() throws InterruptedException {
            running.set(false);
            thread.join();
            return peakKb.get();
        }

        private static long usedKb(long pid) {
            try {
                Process jcmd = new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                        .toString(),
                                String.valueOf(pid),
                                "GC.heap_info")
                        .redirectErrorStream(true)
                        .start();
                String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                jcmd.waitFor();
                Matcher used = USED.matcher(out);
                return used.find() ? Long.parseLong(used.group(2)) : 0;
            } catch (IOException e) {
                return 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
    }
}
